package org.attribution.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser, for sentences of at most {@code NAME.maxlen} tokens only;
 * longer ones are left without a graph, as the tagger and the entity recognizer leave them
 * untagged. CoreNLP's own parser has no length limit and takes every sentence: a run-on "sentence"
 * of thousands of tokens (a page without full stops, a scraped list on one line, unbalanced quote
 * marks) takes minutes and overflows the stack in its conversion to dependencies.
 *
 * <p>CoreNLP builds it from its custom-annotator property, set in {@link CoreNlpSettings}; the
 * parser's own settings are read under the same name. Thread-safe, as the parser it extends.
 */
public final class BoundedDependencyParser extends DependencyParseAnnotator {

  private final int maxTokens;

  /** The constructor CoreNLP calls, with the annotator's {@code name} and all pipeline properties. */
  public BoundedDependencyParser(String name, Properties properties) {
    super(PropertiesUtils.extractPrefixedProperties(properties, name + "."));
    this.maxTokens = PropertiesUtils.getInt(properties, name + ".maxlen", Integer.MAX_VALUE);
  }

  @Override
  protected void doOneSentence(Annotation annotation, CoreMap sentence) {
    if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= maxTokens) {
      super.doOneSentence(annotation, sentence);
    }
  }
}
