package org.attribution.annotate.tokens;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Set;
import org.attribution.annotation.AttributionAnnotations.WebNoiseAnnotation;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.internal.WebNoise;

/**
 * Finds a crawled page's furniture ({@link WebNoise}: {@code READ MORE:} labels, bylines, photo
 * credits, datelines) once per document, so that every stage that keeps it out reads the same
 * stretches: the tagger's linker, the canonical names (no pronoun means a byline's name) and the
 * filter of the records. Needs the text only; adds {@link WebNoiseAnnotation}.
 *
 * <p>Stateless and thread-safe.
 */
public final class WebNoiseAnnotator extends ContractAnnotator {

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    annotation.set(WebNoiseAnnotation.class, List.copyOf(WebNoise.in(text)));
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(CoreAnnotations.TextAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(WebNoiseAnnotation.class);
  }
}
