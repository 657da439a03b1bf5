package org.attribution.annotate.tagged;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.Span;
import org.attribution.internal.QuoteMarks;
import org.attribution.tagger.SpanRole;
import org.attribution.tagger.TaggedSpan;

/**
 * Ends the tagger's contents where a quote closes a paragraph: the tagger reads windows of text
 * across paragraphs and may carry a content on into the next one ({@code A spokesperson said: 'We
 * urge the union to call off this action.'} and the next paragraph's {@code Passengers at Leeds
 * station were resigned}). A content splits at each blank line right after a quote's closing mark;
 * of the paragraphs after the first, only those that open with a quote mark stay contents (a quote
 * of the same speaker, or of the next cue), the rest ran on by mistake. A piece without a letter or
 * digit (a stray quote mark) is dropped. A content that runs over paragraphs with no quote closing
 * between (a transcript's answer, a list after a colon) stays whole, and so does a quotation that
 * runs over paragraphs, each opening with a quote mark, as it closes only at its end.
 *
 * <p>Stateless and thread-safe.
 */
final class ParagraphBreaks {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");

  private ParagraphBreaks() {}

  /** {@code spans}, each content split where a quote closes a paragraph inside it. */
  static List<TaggedSpan> split(List<TaggedSpan> spans, List<Span> quotes, String text) {
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    for (TaggedSpan t : spans) {
      if (t.role() != SpanRole.CONTENT) {
        out.add(t);
        continue;
      }
      List<Span> pieces = new ArrayList<>();
      int begin = t.span().begin();
      Matcher m = BLANK_LINE.matcher(text).region(begin, t.span().end());
      while (m.find()) {
        if (closesQuote(quotes, text, begin, m.start())) {
          pieces.add(Span.of(begin, m.start()));
          begin = m.end();
        }
      }
      pieces.add(Span.of(begin, t.span().end()));
      for (int i = 0; i < pieces.size(); i++) {
        Span piece = pieces.get(i);
        boolean kept =
            piece.begin() < piece.end()
                && (i == 0 || QuoteMarks.isQuoteMark(text.charAt(piece.begin())));
        if (kept && piece.in(text).codePoints().anyMatch(Character::isLetterOrDigit)) {
          out.add(piece.equals(t.span()) ? t : new TaggedSpan(t.role(), piece, t.probability()));
        }
      }
    }
    return out;
  }

  /** True when the text from {@code begin} to {@code end} ends with a quote's closing mark. */
  private static boolean closesQuote(List<Span> quotes, String text, int begin, int end) {
    int last = end;
    while (last > begin && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    int closing = last;
    // a quote left open at its paragraph's end ends there too, with no mark: not a closed one
    return last > begin
        && QuoteMarks.isQuoteMark(text.charAt(last - 1))
        && quotes.stream().anyMatch(q -> q.end() == closing);
  }
}
