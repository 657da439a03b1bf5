package org.attribution.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.attribution.Span;

/**
 * Answers, in logarithmic time, whether any of a fixed list of spans overlaps a span or contains
 * it, so that a stage asking this for each of its cues or quotes stays linear in the text (up to a
 * logarithm) where a scan of the list per question would be quadratic.
 *
 * <pre>{@code
 * SpanCover contents = SpanCover.of(candidates.stream().map(Candidate::content).toList());
 * boolean nested = contents.containsBesides(cue.span(), i); // in a content other than the i-th
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class SpanCover {

  /** The spans' begins, ascending. */
  private final int[] begins;

  /** Of the spans up to each place in begin order: the greatest end, and which span has it. */
  private final int[] bestEnd;

  private final int[] bestIndex;

  /** The greatest end of a span other than {@link #bestIndex} up to each place; -1 if none. */
  private final int[] secondEnd;

  /**
   * The greatest end of a non-empty span up to each place; -1 if none. An empty span overlaps
   * nothing.
   */
  private final int[] nonEmptyEnd;

  private SpanCover(List<Span> spans) {
    Integer[] order = new Integer[spans.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> spans.get(i).begin()));
    begins = new int[order.length];
    bestEnd = new int[order.length];
    bestIndex = new int[order.length];
    secondEnd = new int[order.length];
    nonEmptyEnd = new int[order.length];
    int nonEmpty = -1;
    int best = -1;
    int bestAt = -1;
    int second = -1;
    for (int k = 0; k < order.length; k++) {
      Span span = spans.get(order[k]);
      begins[k] = span.begin();
      if (span.end() > best) {
        second = best;
        best = span.end();
        bestAt = order[k];
      } else if (span.end() > second) {
        second = span.end();
      }
      bestEnd[k] = best;
      bestIndex[k] = bestAt;
      secondEnd[k] = second;
      nonEmpty = span.end() > span.begin() ? Math.max(nonEmpty, span.end()) : nonEmpty;
      nonEmptyEnd[k] = nonEmpty;
    }
  }

  /** Indexes {@code spans}; the list's positions name them in {@link #containsBesides}. */
  public static SpanCover of(List<Span> spans) {
    return new SpanCover(spans);
  }

  /**
   * True when a span of the list overlaps {@code span} (shares a character with it), as {@link
   * Span#overlaps} says.
   */
  public boolean overlapsAny(Span span) {
    if (span.begin() >= span.end()) {
      return false;
    }
    int k = countBeginningBefore(span.end()) - 1;
    return k >= 0 && nonEmptyEnd[k] > span.begin();
  }

  /** True when a span of the list other than the one at {@code position} contains {@code span}. */
  public boolean containsBesides(Span span, int position) {
    int k = countBeginningBefore(span.begin() + 1) - 1;
    if (k < 0) {
      return false;
    }
    int end = bestIndex[k] != position ? bestEnd[k] : secondEnd[k];
    return end >= span.end();
  }

  /** How many spans begin before {@code offset}. */
  private int countBeginningBefore(int offset) {
    return BinarySearch.first(0, begins.length, i -> begins[i] >= offset);
  }
}
