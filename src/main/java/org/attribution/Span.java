package org.attribution;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units in a text, exactly as {@link
 * String#substring(int, int)} takes it.
 *
 * <pre>{@code
 * Span span = Span.of(4, 9);
 * span.in("The Kremlin said");   // "Kreml"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param begin index of the first code unit covered, from 0
 * @param end index just past the last code unit covered; {@code end == begin} for an empty span
 */
public record Span(int begin, int end) implements Comparable<Span> {

  public Span {
    checkArgument(begin >= 0, "span begin %s is negative", begin);
    checkArgument(end >= begin, "span end %s is before its begin %s", end, begin);
  }

  /** Returns the span {@code [begin, end)}. */
  public static Span of(int begin, int end) {
    return new Span(begin, end);
  }

  /** Number of code units covered. */
  public int length() {
    return end - begin;
  }

  public boolean isEmpty() {
    return begin == end;
  }

  /** The covered part of {@code text}. */
  public String in(String text) {
    return text.substring(begin, end);
  }

  /** True when {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  /** True when the two spans share at least one code unit. */
  public boolean overlaps(Span other) {
    return Math.max(begin, other.begin) < Math.min(end, other.end);
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span other) {
    return begin != other.begin
        ? Integer.compare(begin, other.begin)
        : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
