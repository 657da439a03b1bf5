package org.attribution.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.attribution.Attribution;
import org.attribution.Span;

/**
 * Cuts an article's text into {@link Segment}s at every boundary of an attribution's content parts,
 * cue, speaker and document span, so that nested and overlapping attributions (a verbatim fragment
 * inside reported speech, one speaker mention shared by two quotes) can all be shown. A content in
 * parts ({@code "A," she said. "B."}) covers its parts, not the frame between them. Spans that do
 * not fit in the text are left out rather than failing the article.
 *
 * <p>Stateless and thread-safe.
 */
final class Segmenter {

  private Segmenter() {}

  /** The segments of {@code text}, in order, covering it completely. */
  static List<Segment> split(String text, List<Attribution> attributions) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Attribution a : attributions) {
      List<Span> spans = new ArrayList<>(a.contentSpans());
      spans.addAll(Arrays.asList(a.cueSpan(), a.speakerSpan(), a.documentSpan()));
      for (Span span : spans) {
        if (fits(span, text)) {
          cuts.add(span.begin());
          cuts.add(span.end());
        }
      }
    }
    List<Segment> segments = new ArrayList<>();
    Integer begin = cuts.first();
    for (Integer end = cuts.higher(begin); end != null; begin = end, end = cuts.higher(end)) {
      segments.add(segment(Span.of(begin, end), text, attributions));
    }
    return segments;
  }

  /** True when {@code span} is present and lies inside {@code text}. */
  static boolean fits(Span span, String text) {
    return span != null && span.end() <= text.length();
  }

  private static Segment segment(Span stretch, String text, List<Attribution> attributions) {
    List<Integer> contents = new ArrayList<>();
    List<Segment.Mark> marks = new ArrayList<>();
    int innermost = -1;
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      if (a.contentSpans().stream().anyMatch(part -> covers(part, stretch, text))) {
        contents.add(i);
        if (innermost < 0
            || a.contentSpan().length() < attributions.get(innermost).contentSpan().length()) {
          innermost = i;
        }
      }
      mark(marks, SpanPart.CUE, i, a.cueSpan(), stretch, text);
      mark(marks, SpanPart.SPEAKER, i, a.speakerSpan(), stretch, text);
      mark(marks, SpanPart.DOCUMENT, i, a.documentSpan(), stretch, text);
    }
    return new Segment(stretch, contents, innermost, marks);
  }

  private static void mark(
      List<Segment.Mark> marks, SpanPart role, int i, Span span, Span stretch, String text) {
    if (covers(span, stretch, text)) {
      marks.add(new Segment.Mark(role, i));
    }
  }

  private static boolean covers(Span span, Span stretch, String text) {
    return fits(span, text) && span.contains(stretch);
  }
}
