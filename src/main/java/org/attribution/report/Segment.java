package org.attribution.report;

import java.util.List;
import org.attribution.Span;

/**
 * A stretch of an article's text over which the set of covering attribution parts does not change:
 * the unit the report highlights.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contents indices of the attributions whose content covers this stretch
 * @param innermost the covering content that is shortest, whose speaker colours the stretch; -1
 *     when no content covers it
 * @param marks the cue, speaker and document roles that cover this stretch
 */
record Segment(Span span, List<Integer> contents, int innermost, List<Mark> marks) {

  Segment {
    contents = List.copyOf(contents);
    marks = List.copyOf(marks);
  }

  /** True when no attribution part covers this stretch: it is plain text. */
  boolean isPlain() {
    return contents.isEmpty() && marks.isEmpty();
  }

  /** Attribution {@code attribution}'s {@code role} covers a segment. */
  record Mark(SpanPart role, int attribution) {}
}
