package org.attribution.eval;

import java.util.BitSet;
import java.util.List;

/**
 * A character range {@code [begin, end)} exactly as an evaluation file states it. Unlike {@link
 * org.attribution.Span} it accepts a reversed range ({@code end < begin}), because annotated
 * corpora contain a few and the scoring arithmetic must treat them as the reference scorer does:
 * they overlap nothing.
 *
 * <p>Immutable and thread-safe.
 */
record CharSpan(int begin, int end) {

  CharSpan {
    if (begin < 0 || end < 0) {
      throw new IllegalArgumentException("span [" + begin + ", " + end + "] has a negative offset");
    }
  }

  /**
   * Intersection over union of the characters the two lists of ranges cover; 0 when they cover
   * none.
   */
  static double iou(List<CharSpan> a, List<CharSpan> b) {
    BitSet left = chars(a);
    BitSet union = chars(b);
    BitSet inter = (BitSet) left.clone();
    inter.and(union);
    union.or(left);
    return union.isEmpty() ? 0.0 : (double) inter.cardinality() / union.cardinality();
  }

  private static BitSet chars(List<CharSpan> spans) {
    BitSet chars = new BitSet();
    spans.stream().filter(CharSpan::isProper).forEach(s -> chars.set(s.begin, s.end));
    return chars;
  }

  /** True when the ranges share at least one character. */
  boolean overlaps(CharSpan other) {
    return Math.min(end, other.end) > Math.max(begin, other.begin);
  }

  /** True when the range covers at least one character. */
  boolean isProper() {
    return end > begin;
  }
}
