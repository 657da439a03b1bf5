package org.attribution.annotate.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.annotate.quote.QuoteOrder;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.QuoteMarks;

/**
 * Splits a content around the frame that interrupts it, as a reader quotes it and as news
 * attribution corpora annotate it: {@code "This is a betrayal," said Maria Lopez. "We will take
 * this to court."} has the two quotes as parts, and {@code failings, it said, are outweighed} the
 * clause on either side of {@code , it said,}. The frame is the cue with the speaker or document
 * that stands next to it; no part holds it.
 *
 * <p>A direct content that the frame interrupts is the quotes it spans, without their marks; any
 * other content is what lies on either side of the frame (a parenthetical frame {@code , he told
 * reporters on Monday,} reaching to its closing comma), without the commas and dashes that set the
 * frame off. A content the cue does not reach is one part.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContentParts {

  /** Characters that set a frame off from the content around it. */
  private static final String FRAME_PUNCTUATION = ",;:\u2014\u2013-(";

  /** How far a parenthetical frame may reach past its cue for its closing comma. */
  private static final int MAX_FRAME_TAIL = 80;

  private ContentParts() {}

  /**
   * The parts of {@code content}, in text order; {@code [content]} when nothing interrupts it.
   *
   * @param frame the cue and the mentions that may stand next to it (speaker, document), any of
   *     them null
   */
  public static List<Span> of(
      Span content, AttributionType type, List<Span> frame, List<QuotedSpan> quotes, String text) {
    Span cut = frameWithin(content, frame, text);
    List<Span> parts = cut == null ? List.of(content) : split(content, cut, type, quotes, text);
    for (Span mention : frame) {
      // a content in parts leaves out a speaker linked inside it away from its cue too
      parts = mention == null || parts.size() < 2 ? parts : without(parts, mention, text);
    }
    return parts.isEmpty() ? List.of(content) : parts;
  }

  private static List<Span> split(
      Span content, Span cut, AttributionType type, List<QuotedSpan> quotes, String text) {
    if (type == AttributionType.DIRECT) {
      List<Span> quoted = quotedParts(content, cut, quotes);
      if (quoted.size() > 1) {
        return quoted;
      }
    }
    return pieces(
        trimEnd(Span.of(content.begin(), cut.begin()), text),
        trimStart(Span.of(widenToClosingComma(cut, content, text), content.end()), text));
  }

  /** The parts with {@code hole} taken out of any part it overlaps. */
  private static List<Span> without(List<Span> parts, Span hole, String text) {
    List<Span> out = new ArrayList<>();
    for (Span part : parts) {
      if (!part.overlaps(hole)) {
        out.add(part);
        continue;
      }
      if (hole.begin() > part.begin()) {
        out.addAll(pieces(trimEnd(Span.of(part.begin(), hole.begin()), text)));
      }
      if (hole.end() < part.end()) {
        out.addAll(pieces(trimStart(Span.of(hole.end(), part.end()), text)));
      }
    }
    return List.copyOf(out);
  }

  private static List<Span> pieces(Span... spans) {
    return Arrays.stream(spans).filter(sp -> !sp.isEmpty()).toList();
  }

  /** The parts joined by a space, as {@link org.attribution.Attribution#content()} gives them. */
  public static String text(List<Span> parts, String text) {
    return String.join(" ", parts.stream().map(p -> p.in(text)).toList());
  }

  /**
   * The hull of the frame's spans that lie within the content, or null when the cue lies outside
   * it; a mention counts only when it stands next to the cue, with no quote mark between them.
   */
  private static Span frameWithin(Span content, List<Span> frame, String text) {
    Span cue = frame.isEmpty() ? null : frame.get(0);
    if (cue == null || !cue.overlaps(content)) {
      return null;
    }
    Span cut = cue;
    for (Span mention : frame.subList(1, frame.size())) {
      if (mention != null && content.contains(mention) && isNextTo(mention, cue, text)) {
        cut = cut.union(mention);
      }
    }
    return Span.of(Math.max(cut.begin(), content.begin()), Math.min(cut.end(), content.end()));
  }

  private static boolean isNextTo(Span mention, Span cue, String text) {
    Span gap =
        mention.end() <= cue.begin()
            ? Span.of(mention.end(), cue.begin())
            : mention.begin() >= cue.end()
                ? Span.of(cue.end(), mention.begin())
                : Span.of(cue.begin(), cue.begin());
    String between = gap.in(text);
    return between.length() <= MAX_FRAME_TAIL && between.chars().noneMatch(QuoteMarks::isQuoteMark);
  }

  /** The quotes of a direct content, inner spans cut to the content, when none holds the frame. */
  private static List<Span> quotedParts(Span content, Span cut, List<QuotedSpan> quotes) {
    List<Span> parts = new ArrayList<>();
    if (QuoteOrder.near(quotes, cut).stream().anyMatch(q -> q.outer().overlaps(cut))) {
      return List.of();
    }
    for (QuotedSpan q : QuoteOrder.near(quotes, content)) {
      if (q.inner().overlaps(content)) {
        parts.add(
            Span.of(
                Math.max(q.inner().begin(), content.begin()),
                Math.min(q.inner().end(), content.end())));
      }
    }
    return parts;
  }

  /**
   * The end of a parenthetical frame ({@code , he told reporters on Monday,}): its closing comma or
   * dash when the frame opens with one and the closing mark comes soon, before any quote; else the
   * frame's own end.
   */
  private static int widenToClosingComma(Span cut, Span content, String text) {
    if (cut.begin() <= content.begin()) {
      return cut.end();
    }
    int before = cut.begin() - 1;
    while (before > content.begin() && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (",\u2014\u2013".indexOf(text.charAt(before)) < 0) {
      return cut.end();
    }
    int limit = Math.min(content.end(), cut.end() + MAX_FRAME_TAIL);
    for (int i = cut.end(); i < limit; i++) {
      char c = text.charAt(i);
      if (c == text.charAt(before) || (c == ',' && text.charAt(before) != ',')) {
        return i;
      }
      if (QuoteMarks.isQuoteMark(c) || c == '.' || c == '\n') {
        return cut.end();
      }
    }
    return cut.end();
  }

  private static Span trimEnd(Span s, String text) {
    int end = s.end();
    while (end > s.begin() && isFrameEdge(text.charAt(end - 1))) {
      end--;
    }
    return Span.of(s.begin(), end);
  }

  private static Span trimStart(Span s, String text) {
    int begin = s.begin();
    while (begin < s.end() && isFrameEdge(text.charAt(begin))) {
      begin++;
    }
    return Span.of(begin, s.end());
  }

  private static boolean isFrameEdge(char c) {
    return Character.isWhitespace(c) || FRAME_PUNCTUATION.indexOf(c) >= 0;
  }
}
