package org.attribution.annotate.tokens;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.lexicon.TagLexicon;
import org.attribution.lexicon.TagLexicon.Reading;

/**
 * Tags and lemmatizes tokens by looking them up, for the fast profile: a known word takes its most
 * frequent tag unless the word before calls for another of its usual tags ({@code to claim}, {@code
 * the claim}, {@code he claims}, {@code has said}); an unknown word is a proper noun when
 * capitalized, a number when it has digits, and otherwise is tagged by its ending. About as fast as
 * tokenizing, against a statistical tagger's many feature look-ups per token, at the cost of some
 * accuracy on ambiguous words. Sets {@link CoreAnnotations.PartOfSpeechAnnotation} and {@link
 * CoreAnnotations.LemmaAnnotation}. Thread-safe.
 *
 * <p>A sentence longer than its limit (a run-on "sentence" of thousands of tokens, such as a
 * paragraph without a full stop) is tagged {@value #UNTAGGED} throughout, as CoreNLP's tagger
 * leaves such sentences in the accurate profile, so no cue is found in it. Otherwise each of its
 * cues could take the rest of the sentence as content: output and time would grow with the square
 * of its length ({@code 'He said “this will never end ' * 5000} gave 5,000 contents of 72,000
 * characters on average).
 */
public final class LexiconTagger extends ContractAnnotator {

  private static final Set<String> VERB_CONTEXT = Set.of("TO", "MD");
  private static final Set<String> NOUN_CONTEXT =
      Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "POS", "CD", "PDT");
  private static final Set<String> SUBJECT_CONTEXT =
      Set.of("PRP", "NNP", "NNPS", "NNS", "NN", "WP", "WDT");
  private static final List<String> FINITE = List.of("VBD", "VBZ", "VBP");
  private static final List<String> NOUNS = List.of("NN", "NNS", "NNP");

  /**
   * Words before {@code 's} that make it {@code is} or {@code has}: "he's", "that's", "there's".
   */
  private static final Set<String> CLITIC_SUBJECTS = Set.of("PRP", "DT", "EX", "WP", "WDT");

  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("able", "ible", "ous", "ive", "ful", "less", "ic", "al");

  /** The tag of every token of a sentence too long to tag. */
  static final String UNTAGGED = "X";

  private final TagLexicon lexicon;
  private final int maxSentenceTokens;

  /** Tags sentences of at most {@code maxSentenceTokens} tokens from {@code lexicon}. */
  public LexiconTagger(TagLexicon lexicon, int maxSentenceTokens) {
    this.lexicon = lexicon;
    this.maxSentenceTokens = maxSentenceTokens;
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() > maxSentenceTokens) {
        for (CoreLabel token : tokens) {
          token.setTag(UNTAGGED);
          token.setLemma(token.word());
        }
        continue;
      }
      String previousTag = "";
      String previousLemma = "";
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel token = tokens.get(i);
        String word = token.word();
        List<Reading> readings = lexicon.readings(word);
        if (readings.isEmpty() && i == 0) {
          readings = lexicon.readings(word.toLowerCase(Locale.ROOT));
        }
        Reading reading =
            readings.isEmpty()
                ? unknown(word, i == 0)
                : isClitic(word)
                    ? clitic(
                        readings,
                        previousTag,
                        i + 1 < tokens.size() ? tokens.get(i + 1).word() : "")
                    : choose(readings, previousTag, previousLemma);
        token.setTag(reading.tag());
        token.setLemma(reading.lemma());
        previousTag = reading.tag();
        previousLemma = reading.lemma();
      }
    }
  }

  private static boolean isClitic(String word) {
    return word.equals("'s") || word.equals("\u2019s");
  }

  /**
   * "the city's answer" against "he's gone" and "it's a": a possessive after a noun when a word
   * that may be a noun, adjective or number follows.
   */
  private Reading clitic(List<Reading> readings, String previousTag, String next) {
    List<Reading> following = lexicon.readings(next);
    boolean nominal =
        following.isEmpty()
            ? !next.isEmpty() && Character.isUpperCase(next.charAt(0))
            : following.stream()
                .anyMatch(
                    r ->
                        NOUNS.contains(r.tag())
                            || r.tag().startsWith("JJ")
                            || r.tag().equals("CD"));
    boolean possessive = !CLITIC_SUBJECTS.contains(previousTag) && nominal;
    return find(readings, List.of(possessive ? "POS" : "VBZ")).orElse(readings.get(0));
  }

  private static Reading choose(List<Reading> readings, String previousTag, String previousLemma) {
    if (readings.size() == 1) {
      return readings.get(0);
    }
    if (VERB_CONTEXT.contains(previousTag)
        || (previousLemma.equals("do") && previousTag.startsWith("VB"))) {
      return find(readings, List.of("VB")).orElse(readings.get(0));
    }
    if (previousTag.startsWith("VB")
        && (previousLemma.equals("have") || previousLemma.equals("be"))) {
      return find(readings, List.of("VBN")).orElse(readings.get(0));
    }
    if (NOUN_CONTEXT.contains(previousTag)) {
      return find(readings, NOUNS).orElse(readings.get(0));
    }
    if (SUBJECT_CONTEXT.contains(previousTag)) {
      return find(readings, FINITE).orElse(readings.get(0));
    }
    return readings.get(0);
  }

  private static Optional<Reading> find(List<Reading> readings, List<String> tags) {
    for (Reading reading : readings) {
      if (tags.contains(reading.tag())) {
        return Optional.of(reading);
      }
    }
    return Optional.empty();
  }

  /** Tags a word the lexicon does not know by its shape and ending. */
  private static Reading unknown(String word, boolean sentenceStart) {
    boolean letters = false;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isDigit(c)) {
        return new Reading("CD", word);
      }
      letters |= Character.isLetter(c);
    }
    if (!letters) {
      return new Reading("SYM", word);
    }
    boolean capitalized = Character.isUpperCase(word.charAt(0));
    if (capitalized && !sentenceStart) {
      return new Reading("NNP", word);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ly")) {
      return new Reading("RB", lower);
    }
    if (lower.endsWith("ing")) {
      return new Reading("VBG", lower);
    }
    if (lower.endsWith("ed")) {
      return new Reading("VBN", lower);
    }
    if (lower.indexOf('-') > 0 || endsAsAdjective(lower)) {
      return new Reading("JJ", lower);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
      return new Reading("NNS", lower.substring(0, lower.length() - 1));
    }
    return capitalized ? new Reading("NNP", word) : new Reading("NN", lower);
  }

  private static boolean endsAsAdjective(String word) {
    for (String ending : ADJECTIVE_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class);
  }
}
