package org.attribution.annotate.speaker;

import java.util.Set;
import org.attribution.internal.ParsedSentence;

/**
 * Descriptions in apposition to a name, read from part-of-speech tags: a noun phrase that opens
 * with a determiner or a possessive and ends on a common noun, set off by a comma ({@code Priya
 * Raman, the finance minister,} and {@code The finance minister, Priya Raman}). Stateless.
 */
final class Appositions {

  private static final Set<String> OPENERS = Set.of("DT", "PRP$");
  private static final Set<String> MODIFIERS =
      Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH", "VBN");

  private Appositions() {}

  /**
   * The head noun of the description that opens at token {@code first} ({@code the finance
   * minister} of {@code , the finance minister,}); 0 when none does.
   */
  static int headAfter(ParsedSentence s, int first) {
    if (first > s.size() || !OPENERS.contains(s.tag(first))) {
      return 0;
    }
    int head = 0;
    for (int i = first + 1; i <= s.size() && MODIFIERS.contains(s.tag(i)); i++) {
      head = isCommonNoun(s, i) ? i : head;
      if (s.tag(i).startsWith("NNP")) {
        head = 0; // "the Democratic nominee" heads on the nominee, "the CEO of Acme Inc" on no one
      }
    }
    return head;
  }

  /**
   * The head noun of the description that opens the sentence and ends at token {@code last}, before
   * the comma before a name ({@code The finance minister} of {@code The finance minister, Priya
   * Raman,}); 0 when none.
   */
  static int headBefore(ParsedSentence s, int last) {
    if (!isCommonNoun(s, last)) {
      return 0;
    }
    int first = last;
    while (first > 1 && MODIFIERS.contains(s.tag(first - 1))) {
      first--;
    }
    // at the sentence's start: "the film, Ava DuVernay said" is an object and a subject
    return first == 2 && OPENERS.contains(s.tag(1)) ? last : 0;
  }

  /** A singular common noun: a description of one person, not of a group ("their attorneys"). */
  private static boolean isCommonNoun(ParsedSentence s, int i) {
    return s.tag(i).equals("NN");
  }
}
