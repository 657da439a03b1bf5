package org.attribution.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attribution.Span;

/**
 * Pairs quote marks into passages, in every convention news text uses: straight and curly double
 * quotes, curly and straight single quotes (the house style of much of the British press),
 * guillemets, and the doubled apostrophes and backquotes some archives write for a double quote. A
 * quote nested in another ({@code "He told me 'never'," she said}) belongs to the outer passage,
 * which alone is returned.
 *
 * <p>Curly marks and guillemets say which way they face; a straight mark opens after white space, a
 * line start, an opening bracket, a dash or the end of a markup tag, and closes elsewhere. A single
 * mark is an apostrophe, not a quote, inside a word ({@code don't}), before a decade ({@code
 * '90s}), in an elision ({@code rock 'n' roll}, {@code 'em}) and after the {@code s} of a plural
 * possessive followed by a word ({@code the Joneses' house}).
 *
 * <p>A quote still open at a paragraph's end continues only when the next paragraph opens with a
 * quote mark (the news convention for a quotation running over paragraphs); otherwise it ends at
 * its paragraph's end. A closing mark with nothing open is dropped.
 *
 * <p>Stateless and thread-safe. This is internal machinery: not part of the public API.
 */
public final class QuoteMarks {

  /** The two families of marks: a double mark closes only a double one, a single only a single. */
  private enum Family {
    DOUBLE,
    SINGLE
  }

  /** A mark at an offset: its family, its width in characters, and whether it opens. */
  private record Mark(Family family, int width, boolean opens) {}

  private record Open(Family family, int at) {}

  /** Elisions written with a leading apostrophe, which are not opening quotes. */
  private static final Pattern ELISION =
      Pattern.compile(
          "(?i)(n|em|til|tis|twas|cause|bout|round|ere|nuff|cos|im|er)(?![\\p{L}\\p{N}]).*",
          Pattern.DOTALL);

  private static final Set<Character> OPENERS_BEFORE =
      Set.of('(', '[', '{', '>', '\u2014', '\u2013', '-', '/');

  private QuoteMarks() {}

  /** The outer spans (marks included) of the outermost quoted passages of {@code text}. */
  public static List<Span> pair(CharSequence text) {
    List<Span> quotes = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && !open.isEmpty() && endsParagraph(text, i)) {
        int next = nextNonSpace(text, i);
        Mark resumed = next < text.length() ? markAt(text, next) : null;
        if (resumed != null && resumed.opens() && resumed.family() == open.peekLast().family()) {
          i = next + resumed.width() - 1; // the quote runs on: skip the repeated opening mark
          continue;
        }
        endOpen(text, open, lastNonSpace(text, i), quotes);
        continue;
      }
      Mark mark = lowOpened(text, open, i) ? new Mark(Family.DOUBLE, 1, false) : markAt(text, i);
      if (mark == null) {
        continue;
      }
      boolean familyOpen = open.stream().anyMatch(o -> o.family() == mark.family());
      if (mark.opens()) {
        if (familyOpen) {
          popThrough(open, mark.family()); // an unclosed mark of the same kind was a stray
        }
        open.push(new Open(mark.family(), i));
      } else if (familyOpen) {
        Open closed = popThrough(open, mark.family());
        if (open.isEmpty()) {
          quotes.add(Span.of(closed.at(), i + mark.width()));
        }
      }
      i += mark.width() - 1;
    }
    if (!open.isEmpty()) {
      endOpen(text, open, lastNonSpace(text, text.length()), quotes);
    }
    return quotes;
  }

  /**
   * Pops the open marks down to the innermost one of {@code family}, which it returns: a mark left
   * open inside it was an apostrophe or a stray. Each family is open at most once, so the stack
   * holds at most two marks.
   */
  private static Open popThrough(Deque<Open> open, Family family) {
    Open popped = open.pop();
    while (popped.family() != family) {
      popped = open.pop();
    }
    return popped;
  }

  /** Ends the outermost open quote at {@code end}, its paragraph's end, when it holds any text. */
  private static void endOpen(CharSequence text, Deque<Open> open, int end, List<Span> quotes) {
    Open outer = open.peekLast();
    if (end > outer.at() + markAt(text, outer.at()).width()) {
      quotes.add(Span.of(outer.at(), end));
    }
    open.clear();
  }

  /**
   * True for a {@code “} that closes a quote opened by a low mark, as German-style quotes do
   * ({@code „Wir gewinnen,“}); elsewhere it opens.
   */
  private static boolean lowOpened(CharSequence text, Deque<Open> open, int i) {
    return text.charAt(i) == '\u201c'
        && open.stream()
            .anyMatch(o -> o.family() == Family.DOUBLE && text.charAt(o.at()) == '\u201e');
  }

  /** True for any quote mark, double or single, straight or curly, and guillemets. */
  public static boolean isQuoteMark(int c) {
    return "\"'`\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a".indexOf(c) >= 0;
  }

  /**
   * True for a quote mark token, as CoreNLP's tokenizer writes them: {@code ``} and {@code ''} for
   * double marks, {@code `} and {@code '} for single ones (an apostrophe of possession is a token
   * of its own too, but never punctuation, which is where this is asked), or the marks as written.
   */
  public static boolean isQuoteMarkToken(String word) {
    return word.length() <= 2 && !word.isEmpty() && word.chars().allMatch(QuoteMarks::isQuoteMark);
  }

  /** The quote mark at {@code i}, or null when there is none (an apostrophe is none). */
  private static Mark markAt(CharSequence text, int i) {
    char c = text.charAt(i);
    if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
      return new Mark(Family.DOUBLE, 2, c == '`' || opensStraight(text, i, 2));
    }
    return switch (c) {
      case '\u201c', '\u201e', '\u00ab' -> new Mark(Family.DOUBLE, 1, true);
      case '\u201d', '\u00bb' -> new Mark(Family.DOUBLE, 1, false);
      case '"' -> new Mark(Family.DOUBLE, 1, opensStraight(text, i, 1));
      case '\u2039', '`' -> new Mark(Family.SINGLE, 1, true);
      case '\u203a' -> new Mark(Family.SINGLE, 1, false);
      case '\u2018', '\u201a', '\'', '\u2019' -> singleMark(text, i);
      default -> null;
    };
  }

  /**
   * A single mark, or null for an apostrophe. A left curly mark always opens unless it elides; a
   * right curly or straight mark opens as a straight mark does and closes after a word, unless it
   * stands inside a word or after a plural possessive.
   */
  private static Mark singleMark(CharSequence text, int i) {
    char c = text.charAt(i);
    boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    if (letterBefore && letterAfter) {
      return null; // don't, O'Brien, rock’n’roll
    }
    boolean opens = c == '\u2018' || c == '\u201a' || opensStraight(text, i, 1);
    if (opens) {
      return isElision(text, i + 1) ? null : new Mark(Family.SINGLE, 1, true);
    }
    if (c == '\u2018' || (!letterBefore && ".,;:!?)]\u2026".indexOf(charBefore(text, i)) < 0)) {
      return null;
    }
    return isPluralPossessive(text, i) ? null : new Mark(Family.SINGLE, 1, false);
  }

  /** "'90s", "'n'", "'em": an apostrophe that elides the start of a word. */
  private static boolean isElision(CharSequence text, int after) {
    String rest = text.subSequence(after, Math.min(text.length(), after + 8)).toString();
    return rest.matches("\\d\\d(s|\\b).*")
        || rest.matches("\\d\\d")
        || ELISION.matcher(rest).matches();
  }

  /** "the Joneses' house", "the voters' anger": after an s, before a word. */
  private static boolean isPluralPossessive(CharSequence text, int i) {
    return i > 0
        && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S')
        && i + 2 < text.length()
        && text.charAt(i + 1) == ' '
        && Character.isLetter(text.charAt(i + 2));
  }

  private static boolean opensStraight(CharSequence text, int i, int width) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    int afterMark = i + width;
    boolean after = afterMark < text.length() && !Character.isWhitespace(text.charAt(afterMark));
    return after
        && (Character.isWhitespace(before)
            || Character.isISOControl(before) // a control character parts words as a space does
            || OPENERS_BEFORE.contains(before));
  }

  private static char charBefore(CharSequence text, int i) {
    return i > 0 ? text.charAt(i - 1) : ' ';
  }

  /**
   * A line break ends a paragraph when a blank line follows, or when the line before it ends a
   * sentence (so that hard-wrapped text keeps its quotes whole).
   */
  private static boolean endsParagraph(CharSequence text, int newline) {
    int next = newline + 1;
    while (next < text.length()
        && text.charAt(next) != '\n'
        && Character.isWhitespace(text.charAt(next))) {
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

  private static int nextNonSpace(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the text before {@code end}, white space left out. */
  private static int lastNonSpace(CharSequence text, int end) {
    int i = end;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
