package org.attribution.annotate.phrase;

import java.util.Set;
import org.attribution.annotation.Mention;
import org.attribution.internal.ParsedSentence;

/** Turns a head token into the noun phrase mention it heads. Stateless and thread-safe. */
public final class Mentions {

  private static final Set<String> NOT_IN_PHRASE = Set.of("case");

  private Mentions() {}

  /**
   * The phrase headed by {@code head}, without its preposition ("according to", "by"), and with the
   * closing bracket of a party label it opens ("Sen. Bernie Sanders (I-Vt.)").
   */
  public static Mention phrase(ParsedSentence s, int head) {
    int[] range = s.subtree(head, NOT_IN_PHRASE, 0);
    return new Mention(s.span(range[0], closingBracket(s, range[0], range[1])), s.index(), head);
  }

  /**
   * {@code last}, or the bracket within two tokens after it that closes one left open before it.
   */
  private static int closingBracket(ParsedSentence s, int first, int last) {
    int open = 0;
    for (int i = first; i <= last; i++) {
      open += isOpening(s.word(i)) ? 1 : isClosing(s.word(i)) ? -1 : 0;
    }
    for (int i = last + 1;
        open > 0 && i <= Math.min(s.size(), last + 2) && s.isPunctuation(i);
        i++) {
      if (isClosing(s.word(i))) {
        return i;
      }
    }
    return last;
  }

  private static boolean isOpening(String word) {
    return word.equals("(") || word.equals("-LRB-");
  }

  private static boolean isClosing(String word) {
    return word.equals(")") || word.equals("-RRB-");
  }
}
