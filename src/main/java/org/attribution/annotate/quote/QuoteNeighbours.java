package org.attribution.annotate.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attribution.Span;
import org.attribution.annotate.phrase.Mentions;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;

/**
 * Content that stands next to a cue rather than in its syntax: the quote right after "referred to
 * as" or a colon, the quote before "..., he said", the quote a sign-off dash closes, the rest of a
 * labelled transcript line. Stateless and thread-safe.
 */
public final class QuoteNeighbours {

  /** What may stand between a cue and a quote it introduces without syntax: "referred to as a". */
  private static final Pattern ADJACENT = Pattern.compile("[\\s,:]*(?:(?:a|an|the)\\s+)?");

  private static final Set<String> SUBJECT = Set.of("nsubj");

  private QuoteNeighbours() {}

  /** What follows a labelling colon up to the end of its line. */
  public static Optional<Span> restOfLine(Span colon, String text) {
    int begin = colon.end();
    int end = text.indexOf('\n', begin);
    end = end < 0 ? text.length() : end;
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end - begin < 2 ? Optional.empty() : Optional.of(Span.of(begin, end));
  }

  /**
   * The quote that ends just before the dash of a sign-off: the last quote ending before the dash,
   * since a quote after it would stand in what must be blank.
   */
  public static Optional<Span> quoteEndingAt(Span dash, List<QuotedSpan> quotes, String text) {
    return Optional.ofNullable(QuoteOrder.lastEndingBy(quotes, dash.begin()))
        .map(QuotedSpan::outer)
        .filter(q -> isBlank(text, q.end(), dash.begin()));
  }

  /**
   * The quote right after a cue, past at most punctuation and an article: 'referred to as a "...'.
   */
  public static Optional<Span> quoteAfter(Span cue, List<QuotedSpan> quotes, String text) {
    // only the first quote after the cue can be adjacent: any later one has that quote between
    return Optional.ofNullable(QuoteOrder.firstFrom(quotes, cue.end()))
        .map(QuotedSpan::outer)
        .filter(q -> ADJACENT.matcher(text).region(cue.end(), q.begin()).matches());
  }

  /**
   * The quote a cue follows with nothing but its subject and punctuation between: "...," he said,
   * and "...?" Graham asked, which the sentence splitter puts in a sentence of its own.
   */
  public static Optional<Span> quoteBefore(
      ParsedSentence s, int verb, Span cue, List<QuotedSpan> quotes, String text) {
    int subject = s.child(verb, SUBJECT);
    return quoteBefore(subject == 0 ? null : Mentions.phrase(s, subject).span(), cue, quotes, text);
  }

  /**
   * The same, with the subject found otherwise; {@code subjectSpan} null when there is none. {@code
   * quotes} are in text order without overlaps, so their ends ascend: a binary search finds the
   * first quote after the last letter before the cue, in time independent of the quote count.
   */
  public static Optional<Span> quoteBefore(
      Span subjectSpan, Span cue, List<QuotedSpan> quotes, String text) {
    int afterLastWord = afterLastLetterOrDigit(text, cue.begin());
    int from = 0;
    if (subjectSpan != null
        && subjectSpan.end() <= cue.begin()
        && afterLastWord <= subjectSpan.end()) {
      // Nothing but punctuation between subject and cue: a quote before the subject may be taken.
      from =
          QuoteOrder.firstEndingFrom(quotes, afterLastLetterOrDigit(text, subjectSpan.begin()), 0);
      if (from < quotes.size() && quotes.get(from).outer().end() <= subjectSpan.begin()) {
        return Optional.of(quotes.get(from).outer());
      }
    }
    int first = QuoteOrder.firstEndingFrom(quotes, afterLastWord, from);
    return first < quotes.size() && quotes.get(first).outer().end() <= cue.begin()
        ? Optional.of(quotes.get(first).outer())
        : Optional.empty();
  }

  /** Just after the last letter or digit before {@code end}; 0 when there is none. */
  private static int afterLastLetterOrDigit(String text, int end) {
    int i = end;
    while (i > 0 && !Character.isLetterOrDigit(text.codePointBefore(i))) {
      i -= Character.charCount(text.codePointBefore(i));
    }
    return i;
  }

  /** The last quote of the sentence before the cue: what "as he put it" refers to. */
  public static Optional<Span> nearestQuoteBefore(
      Span cue, List<QuotedSpan> quotes, Span sentence) {
    return Optional.ofNullable(QuoteOrder.lastEndingBy(quotes, cue.begin()))
        .map(QuotedSpan::outer)
        .filter(q -> q.end() > sentence.begin());
  }

  /**
   * True when {@code text} holds only whitespace from {@code begin} to {@code end}, as {@link
   * String#isBlank} says. Reads back from {@code end}, so a long gap before a word costs nothing.
   */
  static boolean isBlank(String text, int begin, int end) {
    for (int i = end - 1; i >= begin; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
