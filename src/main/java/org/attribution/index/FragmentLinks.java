package org.attribution.index;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Finds which distinct renderings are fragments of which, without comparing every pair. Every
 * rendering's shingles go into one sorted array of postings; a candidate fragment looks up only its
 * rarest shingle, since a true fragment shares all its shingles with the text it was cut from, and
 * checks each text posted under it with {@link FragmentRule}. The work is about the number of
 * renderings times the length of the rarest shingle's postings, which real quotations keep short.
 *
 * <p>Postings pack a shingle's high bits and the rendering's number into one {@code long}; two
 * shingles that share those bits only add candidates, which the rule then rejects.
 *
 * <p>Stateless and thread-safe.
 */
final class FragmentLinks {

  private FragmentLinks() {}

  /**
   * The pairs {@code (fragment, whole)} of indices into {@code texts}, each packed as {@code
   * fragment << 32 | whole}, in no particular order.
   */
  static long[] find(List<QuoteWords> texts) {
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, texts.size()));
    long low = (1L << bits) - 1;
    long[][] shingles =
        IntStream.range(0, texts.size())
            .parallel()
            .mapToObj(i -> texts.get(i).shingles())
            .toArray(long[][]::new);
    long[] postings = new long[Arrays.stream(shingles).mapToInt(s -> s.length).sum()];
    int n = 0;
    for (int i = 0; i < shingles.length; i++) {
      for (long s : shingles[i]) {
        postings[n++] = (s & ~low) | i;
      }
    }
    Arrays.parallelSort(postings);
    int[] rarest = rarest(texts.size(), postings, low);
    return IntStream.range(0, texts.size())
        .parallel()
        .filter(i -> texts.get(i).count() >= FragmentRule.MIN_WORDS && shingles[i].length > 0)
        .mapToObj(i -> wholesOf(i, texts, rarest[i], postings, low))
        .flatMapToLong(Arrays::stream)
        .toArray();
  }

  /**
   * For each text, the first posting of its shingle that the fewest texts share (of those that
   * share the fewest, the least), in one pass over the postings instead of a search per shingle.
   */
  private static int[] rarest(int texts, long[] postings, long low) {
    int[] first = new int[texts];
    int[] fewest = new int[texts];
    Arrays.fill(fewest, Integer.MAX_VALUE);
    int from = 0;
    while (from < postings.length) {
      long prefix = postings[from] & ~low;
      int to = from + 1;
      while (to < postings.length && (postings[to] & ~low) == prefix) {
        to++;
      }
      for (int k = from; k < to; k++) {
        int text = (int) (postings[k] & low);
        if (to - from < fewest[text]) {
          fewest[text] = to - from;
          first[text] = from;
        }
      }
      from = to;
    }
    return first;
  }

  private static long[] wholesOf(
      int part, List<QuoteWords> texts, int from, long[] postings, long low) {
    QuoteWords fragment = texts.get(part);
    long prefix = postings[from] & ~low;
    LongStream.Builder found = LongStream.builder();
    for (int k = from; k < postings.length && (postings[k] & ~low) == prefix; k++) {
      int whole = (int) (postings[k] & low);
      if (whole != part && FragmentRule.isFragment(fragment, texts.get(whole))) {
        found.add((long) part << 32 | whole);
      }
    }
    return found.build().toArray();
  }
}
