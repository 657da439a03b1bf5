package org.attribution.index;

/**
 * Whether one rendering of a quotation is a fragment of another: its words, at least {@value
 * #MIN_WORDS} of them, appear in the other in the same order, each part between elisions as one
 * unbroken run. This covers a quote cut short at either end and one with words left out ({@code
 * […]}). Equal texts are not fragments: they are one node of the grouping already.
 *
 * <p>Stateless and thread-safe.
 */
final class FragmentRule {

  /** The fewest words a fragment must have to be recognised as one. */
  static final int MIN_WORDS = 6;

  private FragmentRule() {}

  /** True when {@code part} is a fragment of {@code whole}. */
  static boolean isFragment(QuoteWords part, QuoteWords whole) {
    if (part.count() < MIN_WORDS || part.count() > whole.count()) {
      return false;
    }
    long[] p = part.words();
    long[] w = whole.words();
    int from = 0;
    int start = 0;
    while (start < p.length) {
      int end = start;
      while (end < p.length && p[end] != QuoteWords.ELISION) {
        end++;
      }
      int found = find(w, from, p, start, end);
      if (found < 0) {
        return false;
      }
      from = found + (end - start);
      start = end + 1;
    }
    return true;
  }

  /**
   * The first index at or after {@code from} where {@code p[start, end)} runs in {@code w}, or -1.
   */
  private static int find(long[] w, int from, long[] p, int start, int end) {
    int length = end - start;
    for (int i = from; i + length <= w.length; i++) {
      int k = 0;
      while (k < length && w[i + k] == p[start + k]) {
        k++;
      }
      if (k == length) {
        return i;
      }
    }
    return -1;
  }
}
