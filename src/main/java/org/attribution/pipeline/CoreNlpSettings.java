package org.attribution.pipeline;

import java.util.Properties;

/**
 * The one place where typed pipeline choices become CoreNLP's property strings. Only what the
 * annotators read is switched on: no SUTime, no numeric or fine-grained NER, and the 3-class
 * English NER model, since speakers need only persons and organizations.
 */
final class CoreNlpSettings {

  /** Longest sentence, in tokens, that is tagged and parsed; longer ones are left unparsed. */
  static final int MAX_SENTENCE_TOKENS = 150;

  /** CoreNLP's name for the dependency parser that keeps to {@link #MAX_SENTENCE_TOKENS}. */
  private static final String PARSER = "boundeddepparse";

  private CoreNlpSettings() {}

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,cleanxml,ssplit,pos,lemma,ner," + PARSER);
    p.setProperty("customAnnotatorClass." + PARSER, BoundedDependencyParser.class.getName());
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    // Markup left in scraped text: its tags leave the tokens (offsets still point into the text),
    // and block-level tags end sentences.
    p.setProperty("clean.sentenceendingtags", "p|div|br|li|h[1-6]|tr|td|blockquote|title");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    p.setProperty(PARSER + ".maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    return p;
  }
}
