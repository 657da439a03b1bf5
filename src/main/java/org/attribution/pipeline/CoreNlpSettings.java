package org.attribution.pipeline;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.util.List;
import java.util.Properties;
import org.attribution.Profile;
import org.attribution.lexicon.Animacy;

/**
 * The one place where typed pipeline choices become CoreNLP's property strings. Only what the
 * annotators read is switched on: no SUTime, no numeric or fine-grained NER, and the 3-class
 * English NER model, since speakers need only persons and organizations. The fast profile stops
 * after sentences: it tags from a lexicon, so no statistical model is loaded.
 */
final class CoreNlpSettings {

  /** Longest sentence, in tokens, that is tagged and parsed; longer ones are left unparsed. */
  static final int MAX_SENTENCE_TOKENS = 150;

  private CoreNlpSettings() {}

  /**
   * The files of CoreNLP's models jar that {@code profile} loads, as classpath resources. The build
   * ships exactly these inside the library's jar (property {@code corenlp.models} of the pom).
   */
  static List<String> models(Profile profile) {
    return switch (profile) {
      case FAST -> List.of();
      case LEARNED ->
          List.of(
              DefaultPaths.DEFAULT_POS_MODEL,
              DefaultPaths.DEFAULT_NER_THREECLASS_MODEL,
              Animacy.RESOURCE);
      case ACCURATE ->
          List.of(
              DefaultPaths.DEFAULT_POS_MODEL,
              DefaultPaths.DEFAULT_NER_THREECLASS_MODEL,
              DependencyParser.DEFAULT_MODEL,
              Animacy.RESOURCE);
    };
  }

  /**
   * Fails, naming the first missing file, when the classpath lacks a CoreNLP model that {@code
   * profile} loads: one line instead of CoreNLP's error from deep inside its loading.
   */
  static void checkModels(Profile profile) {
    for (String model : models(profile)) {
      if (CoreNlpSettings.class.getClassLoader().getResource(model) == null) {
        throw new IllegalStateException(
            "CoreNLP's model "
                + model
                + " is not on the classpath, and the "
                + profile
                + " profile loads it: depend on attribution-extractor without the fast classifier"
                + " (docs/dependency.md)");
      }
    }
  }

  static Properties properties(Profile profile) {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    // Markup left in scraped text: its tags leave the tokens (offsets still point into the text),
    // and block-level tags end sentences.
    p.setProperty("clean.sentenceendingtags", "p|div|br|li|h[1-6]|tr|td|blockquote|title");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    if (profile == Profile.FAST) {
      p.setProperty("annotators", "tokenize,cleanxml,ssplit");
      return p;
    }
    // The dependency parse comes after, from a stage that parses only the sentences that may hold a
    // cue and keeps to MAX_SENTENCE_TOKENS: a run-on "sentence" of thousands of tokens would take
    // the parser minutes and overflow the stack in its conversion to dependencies.
    p.setProperty("annotators", "tokenize,cleanxml,ssplit,pos,lemma,ner");
    p.setProperty("pos.model", DefaultPaths.DEFAULT_POS_MODEL);
    p.setProperty("ner.model", DefaultPaths.DEFAULT_NER_THREECLASS_MODEL);
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    return p;
  }
}
