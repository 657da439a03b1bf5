package org.attribution.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attribution.Attribution;
import org.attribution.Span;
import org.attribution.pipeline.AttributionAnnotations.AttributionsAnnotation;
import org.attribution.pipeline.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.pipeline.AttributionAnnotations.SpeakersCanonicalAnnotation;
import org.attribution.pipeline.Candidate;

/**
 * Turns the learned tagger's candidates into {@link Attribution} records in text order: spans as
 * the tagger marked them (the cue without the verb group the rules add, since the tagger learned
 * where cues end), a content in parts joined by a space. Needs canonical speakers and the content
 * parts of {@link TaggedSpanLinker}; adds {@link AttributionsAnnotation}.
 */
public final class TaggedAttributionAssembler implements Annotator {

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    Map<Span, List<Span>> parts = annotation.get(TaggedSpanLinker.ContentPartsAnnotation.class);
    List<Candidate> candidates = new ArrayList<>(annotation.get(CandidatesAnnotation.class));
    candidates.sort(Comparator.comparing(Candidate::content));
    List<Attribution> out = new ArrayList<>();
    for (Candidate c : candidates) {
      out.add(build(c, parts.getOrDefault(c.content(), List.of(c.content())), text));
    }
    annotation.set(AttributionsAnnotation.class, List.copyOf(out));
  }

  private static Attribution build(Candidate c, List<Span> parts, String text) {
    Attribution.Builder b =
        Attribution.builder(c.type(), c.content().in(text), c.content())
            .speakerCanonical(c.canonical())
            .speakerKind(c.kind())
            .confidence(c.confidence())
            .sentence(c.sentence());
    if (parts.size() > 1) {
      b.contentParts(ContentParts.text(parts, text), parts);
    }
    if (c.cue() != null) {
      b.cue(c.cue().span().in(text), c.cue().span(), c.cue().kind());
    }
    if (c.speaker() != null) {
      b.speaker(c.speaker().span().in(text), c.speaker().span());
    }
    if (c.document() != null) {
      b.document(c.document().span().in(text), c.document().span());
    }
    return b.build();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CandidatesAnnotation.class, TaggedSpanLinker.ContentPartsAnnotation.class,
        SpeakersCanonicalAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(AttributionsAnnotation.class);
  }
}
