package org.attribution.index;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Finds which distinct renderings are fragments of which, without comparing every pair. Every
 * rendering's shingles go into one sorted array of postings; a candidate fragment looks up only
 * its rarest shingle, since a true fragment shares all its shingles with the text it was cut from,
 * and checks each text posted under it with {@link FragmentRule}. The work is about the number of
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
    long[][] shingles = IntStream.range(0, texts.size()).parallel()
        .mapToObj(i -> texts.get(i).shingles()).toArray(long[][]::new);
    long[] postings = new long[Arrays.stream(shingles).mapToInt(s -> s.length).sum()];
    int n = 0;
    for (int i = 0; i < shingles.length; i++) {
      for (long s : shingles[i]) {
        postings[n++] = (s & ~low) | i;
      }
    }
    Arrays.parallelSort(postings);
    return IntStream.range(0, texts.size()).parallel()
        .filter(i -> texts.get(i).count() >= FragmentRule.MIN_WORDS && shingles[i].length > 0)
        .mapToObj(i -> wholesOf(i, texts, rarest(shingles[i], postings, low), postings, low))
        .flatMapToLong(Arrays::stream)
        .toArray();
  }

  /** The first posting of the shingle of {@code mine} that the fewest texts share. */
  private static int rarest(long[] mine, long[] postings, long low) {
    int best = -1;
    int fewest = Integer.MAX_VALUE;
    for (long s : mine) {
      int from = firstAtLeast(postings, s & ~low);
      int count = firstAbove(postings, s | low) - from;
      if (count < fewest) {
        best = from;
        fewest = count;
      }
    }
    return best;
  }

  private static long[] wholesOf(int part, List<QuoteWords> texts, int from, long[] postings, long low) {
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

  private static int firstAtLeast(long[] postings, long key) {
    return key == Long.MIN_VALUE ? 0 : firstAbove(postings, key - 1);
  }

  /** The index of the first posting greater than {@code key}, by binary search. */
  private static int firstAbove(long[] postings, long key) {
    int lo = 0;
    int hi = postings.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (postings[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
