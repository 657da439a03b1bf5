package org.attribution.annotate.tagged;

import java.util.Set;
import org.attribution.Span;
import org.attribution.annotate.phrase.TagPhrases;
import org.attribution.internal.ParsedSentence;

/**
 * Finds the head word of a tagged source, the word its canonical name is resolved from and whose
 * noun says whether the source is a document: {@code Pollak} of {@code Joel Pollak of Breitbart}.
 * Reads part-of-speech tags and entities of the sentence the source lies in. Stateless and
 * thread-safe.
 */
final class SourceHead {

  private static final Set<String> TITLE_JOINERS = Set.of("of", "the", "a", "an");
  private static final Set<String> HEAD_ENDS =
      Set.of("IN", "WP", "WDT", ",", "-LRB-", "TO", "VBN", "VBG");

  private SourceHead() {}

  /**
   * The source's head: the last word of a person's name that titles lead to ({@code Blinken} of
   * {@code U.S. Secretary of State Antony Blinken}), else its last token before a preposition,
   * relative pronoun, participle or comma ({@code statistics} of {@code statistics issued in}), a
   * possessive mark at its end left out and the owner before one inside skipped ({@code report} of
   * {@code The Bank of Canada's latest report}).
   */
  static int of(ParsedSentence s, Span source) {
    int first = tokenIn(s, source, true);
    int last = tokenIn(s, source, false);
    if (last > first && s.tag(last).equals("POS")) {
      last--; // "Trump's" of "Trump's remarks" is Trump
    }
    int titled = titledName(s, first, last);
    if (titled > 0) {
      return titled;
    }
    first = afterOwner(s, first, last);
    for (int i = first + 1; i <= last; i++) {
      if (HEAD_ENDS.contains(s.tag(i))) {
        return i - 1;
      }
    }
    return last;
  }

  /**
   * The first token after the owner that opens the source ({@code The Bank of Canada's} of {@code
   * The Bank of Canada's latest report}), whose words hold no head; {@code first} when the source
   * opens with no owner.
   */
  private static int afterOwner(ParsedSentence s, int first, int last) {
    for (int i = first; i < last; i++) {
      if (s.tag(i).equals("POS")) {
        return i > first ? i + 1 : first;
      }
      if (!TagPhrases.isPhraseTag(s.tag(i)) && !s.word(i).equals("of")) {
        return first;
      }
    }
    return first;
  }

  /**
   * The last token of the first person's name among tokens {@code first..last} when only
   * capitalized words, articles and {@code of} come before it (a title: {@code Chinese Communist
   * Leader}, {@code Secretary of State}); 0 otherwise.
   */
  private static int titledName(ParsedSentence s, int first, int last) {
    int i = first;
    while (i <= last && !s.ner(i).equals("PERSON")) {
      String word = s.word(i);
      if (word.isEmpty()
          || !(Character.isUpperCase(word.codePointAt(0)) || TITLE_JOINERS.contains(word))) {
        return 0;
      }
      i++;
    }
    if (i > last) {
      return 0;
    }
    while (i < last && s.ner(i + 1).equals("PERSON")) {
      i++;
    }
    return i < last && s.tag(i + 1).equals("POS") ? 0 : i; // "Reid's deputy" is not Reid
  }

  /**
   * The first (or last) token of {@code s} that overlaps {@code span}; the sentence's edge if none.
   */
  static int tokenIn(ParsedSentence s, Span span, boolean first) {
    int found = first ? s.firstTokenIn(span) : s.lastTokenIn(span);
    return found > 0 ? found : first ? 1 : s.size();
  }
}
