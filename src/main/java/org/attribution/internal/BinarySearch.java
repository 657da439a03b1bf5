package org.attribution.internal;

import java.util.function.IntPredicate;

/**
 * Binary search over positions where a condition, once true, stays true: the first position from
 * which a sorted list's keys reach a value. The stages use it to find the quote, cue, name or
 * mention next to a place in logarithmic time.
 *
 * <pre>{@code
 * // the first quote that ends at or after offset
 * int i = BinarySearch.first(0, quotes.size(), k -> quotes.get(k).outer().end() >= offset);
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class BinarySearch {

  private BinarySearch() {}

  /**
   * The first position in {@code from} (inclusive) to {@code to} (exclusive) where {@code holds} is
   * true, or {@code to} when it is true nowhere; {@code holds} must be false up to some position
   * and true from there on.
   */
  public static int first(int from, int to, IntPredicate holds) {
    int low = from;
    int high = to;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (holds.test(mid)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
