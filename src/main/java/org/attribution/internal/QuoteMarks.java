package org.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import org.attribution.Span;

/**
 * Pairs double quote marks into passages. Curly and guillemet marks say which way they face;
 * a straight mark, or a pair of apostrophes standing for one as some archives write it, opens
 * after white space, a line start, an opening bracket or the end of a markup tag, and closes
 * elsewhere. A quote that is still open at a blank line continues only when the next paragraph
 * opens with a quote mark (the news convention for a quotation running over paragraphs); otherwise
 * its opening mark was stray and is dropped. A stray closing mark is dropped too.
 *
 * <p>Stateless and thread-safe. This is internal machinery: not part of the public API.
 */
public final class QuoteMarks {

  private QuoteMarks() {}

  /** The outer spans (marks included) of the balanced double-quoted passages of {@code text}. */
  public static List<Span> pair(String text) {
    List<Span> quotes = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      int width = markWidth(text, i);
      if (text.charAt(i) == '\n' && open >= 0 && endsParagraph(text, i)) {
        int next = nextNonSpace(text, i);
        if (next < text.length() && markWidth(text, next) > 0 && isOpening(text, next)) {
          i = next + markWidth(text, next) - 1; // the quote runs on: skip the repeated opening mark
          continue;
        }
        open = -1;
      } else if (width > 0) {
        if (isOpening(text, i)) {
          open = i;
        } else if (open >= 0) {
          quotes.add(Span.of(open, i + width));
          open = -1;
        }
        i += width - 1;
      }
    }
    return quotes;
  }

  /** True for any quote mark, double or single, straight or curly, and guillemets. */
  public static boolean isQuoteMark(int c) {
    return "\"'`\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a".indexOf(c) >= 0;
  }

  /** Length of the double quote mark at {@code i}: 1, 2 for {@code ''} or {@code ``}, or 0. */
  private static int markWidth(String text, int i) {
    char c = text.charAt(i);
    if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
      return 2;
    }
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb'
        || c == '\u201e' ? 1 : 0;
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201c' || c == '\u00ab' || c == '\u201e' || c == '`') {
      return true;
    }
    if (c != '"' && c != '\'') {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    int afterMark = i + markWidth(text, i);
    boolean after = afterMark < text.length() && !Character.isWhitespace(text.charAt(afterMark));
    return after && (Character.isWhitespace(before) || "([{>\u2014\u2013-/".indexOf(before) >= 0);
  }

  /**
   * A line break ends a paragraph when a blank line follows, or when the line before it ends a
   * sentence (so that hard-wrapped text keeps its quotes whole).
   */
  private static boolean endsParagraph(String text, int newline) {
    int next = newline + 1;
    while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= text.length() || text.charAt(next) == '\n') {
      return true;
    }
    int last = newline - 1;
    while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    return last < 0 || ".!?:\"\u201d'\u2019".indexOf(text.charAt(last)) >= 0;
  }

  private static int nextNonSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
