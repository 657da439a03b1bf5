package org.attribution.annotate.record;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attribution.Span;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.CommentClausesLinkedAnnotation;
import org.attribution.annotation.AttributionAnnotations.ContinuationsLinkedAnnotation;
import org.attribution.annotation.AttributionAnnotations.WebNoiseAnnotation;
import org.attribution.annotation.AttributionAnnotations.WebNoiseRemovedAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.Mention;
import org.attribution.internal.WebNoise;

/**
 * Keeps a crawled page's furniture ({@link WebNoise}: link labels, bylines, photo captions,
 * datelines) out of the attributions: a candidate whose speaker or document lies in it, or whose
 * content lies wholly in it, is dropped ({@code READ MORE: Council votes to close library} is not
 * READ MORE's claim), and a content that starts or ends in it is cut back to the reporting ({@code
 * WASHINGTON (Reuters) - The bridge will reopen, the mayor said.}). Needs every linking stage,
 * comment clauses too, and the furniture found ({@link WebNoiseAnnotation}); marks {@link
 * WebNoiseRemovedAnnotation}.
 */
public final class WebNoiseFilter extends ContractAnnotator {

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<Span> noise = annotation.get(WebNoiseAnnotation.class);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : annotation.get(CandidatesAnnotation.class)) {
      if (noise.isEmpty()) {
        kept.add(c);
        continue;
      }
      Span content = WebNoise.cut(c.content(), noise, text);
      if (content != null && !inNoise(c.speaker(), noise) && !inNoise(c.document(), noise)) {
        kept.add(
            content.equals(c.content())
                ? c
                : new Candidate(
                    c.sentence(),
                    c.cue(),
                    content,
                    c.type(),
                    c.rule(),
                    c.speaker(),
                    c.document(),
                    c.canonical(),
                    c.kind(),
                    c.confidence()));
      }
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(kept));
    annotation.set(WebNoiseRemovedAnnotation.class, true);
  }

  private static boolean inNoise(Mention mention, List<Span> noise) {
    return mention != null && noise.stream().anyMatch(n -> n.overlaps(mention.span()));
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        CandidatesAnnotation.class,
        ContinuationsLinkedAnnotation.class,
        CommentClausesLinkedAnnotation.class,
        WebNoiseAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(WebNoiseRemovedAnnotation.class);
  }
}
