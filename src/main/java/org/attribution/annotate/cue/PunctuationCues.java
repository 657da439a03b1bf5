package org.attribution.annotate.cue;

import java.util.List;
import java.util.Optional;
import org.attribution.CueKind;
import org.attribution.annotate.quote.QuoteNeighbours;
import org.attribution.annotate.quote.QuoteOrder;
import org.attribution.annotation.Cue;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;

/**
 * Cues made of punctuation: a colon between a source and what it said ({@code The mayor's answer:
 * "..."}, {@code PENCE: Well, look, ...}, {@code Trump: The wall will be built}), and a dash that
 * signs a quote off with its author ({@code "..." ― Carla Sanchez}). Stateless and thread-safe.
 */
public final class PunctuationCues {

  /** Most words a name before a colon may have. */
  private static final int MAX_LABEL = 4;

  private static final String DASHES = "\u2015\u2014--";

  private PunctuationCues() {}

  /** The punctuation cue at token {@code i}, if it is one. */
  static Optional<Cue> at(ParsedSentence s, int i, String text, List<QuotedSpan> quotes) {
    String word = s.word(i);
    if (word.equals(":") && (opensQuote(s, i, text, quotes) || followsLabel(s, i))) {
      return Optional.of(cue(s, i, Cue.Role.COLON));
    }
    if (DASHES.contains(word)
        && i < s.size()
        && s.tag(i + 1).startsWith("NNP")
        && QuoteNeighbours.quoteEndingAt(s.span(i, i), quotes, text).isPresent()) {
      return Optional.of(cue(s, i, Cue.Role.SIGN_OFF));
    }
    return Optional.empty();
  }

  private static Cue cue(ParsedSentence s, int i, Cue.Role role) {
    return new Cue(s.index(), i, s.span(i, i), s.word(i), CueKind.SPEECH, role, false);
  }

  /** A colon followed directly by the opening mark of a quote. */
  private static boolean opensQuote(ParsedSentence s, int i, String text, List<QuotedSpan> quotes) {
    int after = s.end(i);
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    int next = after;
    QuotedSpan first = QuoteOrder.firstFrom(quotes, next);
    return i > 1 && first != null && first.outer().begin() == next;
  }

  /** "PENCE:" or "Pat Caddell:" opening a sentence: a short name, then the colon. */
  static boolean followsLabel(ParsedSentence s, int colon) {
    int first = firstWord(s);
    if (first >= colon || colon - first > MAX_LABEL) {
      return false;
    }
    for (int k = first; k < colon; k++) {
      String w = s.word(k);
      if (!s.tag(k).startsWith("NNP") && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The first token after any leading punctuation (a stray paragraph quote mark). */
  public static int firstWord(ParsedSentence s) {
    int first = 1;
    while (first < s.size() && s.isPunctuation(first)) {
      first++;
    }
    return first;
  }
}
