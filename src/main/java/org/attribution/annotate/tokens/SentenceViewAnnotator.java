package org.attribution.annotate.tokens;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Set;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.internal.ParsedSentence;

/**
 * Builds the view of each sentence ({@link ParsedSentence}) once per document, for every stage
 * after it to read, instead of each stage building its own. Needs CoreNLP's sentences and tokens;
 * adds {@link ParsedSentencesAnnotation}. The views read tags, lemmas, entities and the dependency
 * graph from the tokens and sentences as they are at each use, so the stages that tag or parse may
 * run after this one.
 *
 * <pre>{@code
 * new SentenceViewAnnotator().annotate(annotation);
 * List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceViewAnnotator extends ContractAnnotator {

  @Override
  public void annotate(Annotation annotation) {
    annotation.set(ParsedSentencesAnnotation.class, List.copyOf(ParsedSentence.of(annotation)));
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.TokensAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(ParsedSentencesAnnotation.class);
  }
}
