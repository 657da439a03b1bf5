package org.attribution.annotate.phrase;

import java.util.Set;
import org.attribution.internal.ParsedSentence;

/**
 * Noun phrases and subjects read off part-of-speech tags, for pipelines without a parse. English
 * noun phrases end in their head, so a phrase is a run of determiners, adjectives, numbers,
 * possessives and nouns, headed by its last noun or pronoun. Stateless and thread-safe.
 */
public final class TagPhrases {

  /** Tags that may stand inside a noun phrase. */
  private static final Set<String> PHRASE_TAGS =
      Set.of("DT", "PDT", "JJ", "JJR", "JJS", "CD", "POS", "PRP$", "NN", "NNS", "NNP", "NNPS");

  /** Tags between a subject and its verb: "has repeatedly said", "would not say". */
  private static final Set<String> AUXILIARY_TAGS = Set.of("MD", "RB", "RBR", "RBS");

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will");
  private static final Set<String> RELATIVE_TAGS = Set.of("WP", "WDT");

  /** Tags of a finite verb or a modal. */
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

  /** Whether {@code tag} is a finite verb's (past, present or modal), which heads a clause. */
  public static boolean isFinite(String tag) {
    return FINITE_TAGS.contains(tag);
  }

  /**
   * The tokens of a cue verb's subject and whether it follows the verb: "the minister said",
   * "Smith, a spokesman, said", "..., said Smith".
   */
  public record Subject(int first, int last, boolean inverted) {}

  private TagPhrases() {}

  public static boolean isHead(ParsedSentence s, int i) {
    String tag = s.tag(i);
    return tag.startsWith("NN") || tag.equals("PRP") || RELATIVE_TAGS.contains(tag);
  }

  /** Whether {@code tag} may stand between a subject and its verb: a modal or an adverb. */
  public static boolean isAuxiliaryTag(String tag) {
    return AUXILIARY_TAGS.contains(tag);
  }

  /** Whether {@code tag} may stand inside a noun phrase: determiners, adjectives, nouns... */
  public static boolean isPhraseTag(String tag) {
    return PHRASE_TAGS.contains(tag);
  }

  /** First token of the noun phrase whose head is token {@code head}. */
  public static int phraseStart(ParsedSentence s, int head) {
    if (RELATIVE_TAGS.contains(s.tag(head)) || s.tag(head).equals("PRP")) {
      return head;
    }
    int first = head;
    while (first > 1 && PHRASE_TAGS.contains(s.tag(first - 1))) {
      first--;
    }
    return first;
  }

  /** Last token of a noun phrase starting at {@code first}, or 0 when none starts there. */
  public static int phraseEnd(ParsedSentence s, int first) {
    if (first < 1 || first > s.size()) {
      return 0;
    }
    if (s.tag(first).equals("PRP")) {
      return first;
    }
    int head = 0;
    for (int i = first; i <= s.size() && PHRASE_TAGS.contains(s.tag(i)); i++) {
      if (s.tag(i).startsWith("NN")) {
        head = i;
      }
    }
    return head;
  }

  /** The subject of the cue verb at {@code verb} whose words end at {@code last}, or null. */
  public static Subject subject(ParsedSentence s, int verb, int last) {
    int i = verb - 1;
    while (i >= 1
        && (AUXILIARY_TAGS.contains(s.tag(i))
            || (s.tag(i).startsWith("VB") && AUXILIARIES.contains(s.lemma(i))))) {
      i--;
    }
    if (i >= 1 && isHead(s, i)) {
      return new Subject(phraseStart(s, i), i, false);
    }
    if (verb < 2 || !s.isPunctuation(verb - 1)) {
      return null;
    }
    int after = phraseEnd(s, last + 1);
    if (after != 0 && !opensClause(s, after + 1)) {
      return new Subject(last + 1, after, true);
    }
    return s.word(verb - 1).equals(",") ? appositiveSubject(s, verb - 1) : null;
  }

  /**
   * True when token {@code i} is a finite verb, so that the phrase before it is the subject of the
   * reported clause and not an inverted subject of the cue ({@code Smith, a spokesman, said the
   * offer was fair}: {@code the offer} is what was said about, Smith said it).
   */
  private static boolean opensClause(ParsedSentence s, int i) {
    return i <= s.size() && isFinite(s.tag(i));
  }

  /** "Smith, 45, a spokesman, said": the phrase before the comma that opens the apposition. */
  private static Subject appositiveSubject(ParsedSentence s, int closingComma) {
    for (int comma = closingComma - 1; comma > 1 && comma >= closingComma - 10; comma--) {
      if (s.word(comma).equals(",")) {
        int head = comma - 1;
        return isHead(s, head) ? new Subject(phraseStart(s, head), head, false) : null;
      }
    }
    return null;
  }
}
