package org.attribution.eval;

/**
 * A character range {@code [begin, end)} exactly as an evaluation file states it. Unlike
 * {@link org.attribution.Span} it accepts a reversed range ({@code end < begin}), because annotated
 * corpora contain a few and the scoring arithmetic must treat them as the reference scorer does: they
 * overlap nothing.
 *
 * <p>Immutable and thread-safe.
 */
record CharSpan(int begin, int end) {

  CharSpan {
    if (begin < 0 || end < 0) {
      throw new IllegalArgumentException("span [" + begin + ", " + end + "] has a negative offset");
    }
  }

  /** Intersection over union of the two ranges; 0 when the union is empty. */
  double iou(CharSpan other) {
    int inter = Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    int union = Math.max(end, other.end) - Math.min(begin, other.begin);
    return union > 0 ? (double) inter / union : 0.0;
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
