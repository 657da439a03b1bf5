package org.attribution.annotate.record;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attribution.Attribution;
import org.attribution.Span;
import org.attribution.annotation.AttributionAnnotations.AttributionsAnnotation;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.ContentPartsAnnotation;
import org.attribution.annotation.AttributionAnnotations.CoordinatedSpeakersAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.AttributionAnnotations.SpeakersCanonicalAnnotation;
import org.attribution.annotation.AttributionAnnotations.WebNoiseRemovedAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;

/**
 * Turns the learned tagger's candidates into {@link Attribution} records in text order: spans as
 * the tagger marked them (the cue without the verb group the rules add, since the tagger learned
 * where cues end), a content in parts joined by a space, speaker and document names without markup
 * their spans cover ({@link MarkupFreeName}, as the rules' assembler names them), each through
 * {@link RecordContract} as every profile's records. Needs canonical speakers, page furniture
 * removed, the sentence views and the content parts the tagger marked ({@link
 * ContentPartsAnnotation}); adds {@link AttributionsAnnotation}.
 */
public final class TaggedAttributionAssembler extends ContractAnnotator {

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    Map<Span, List<Span>> parts = annotation.get(ContentPartsAnnotation.class);
    List<Candidate> candidates = new ArrayList<>(annotation.get(CandidatesAnnotation.class));
    candidates.sort(Comparator.comparing(Candidate::content));
    List<QuotedSpan> quotes = annotation.get(QuotedSpansAnnotation.class);
    Map<Span, List<String>> coordinated = annotation.get(CoordinatedSpeakersAnnotation.class);
    List<Attribution> out = new ArrayList<>();
    for (Candidate c : candidates) {
      List<Span> cParts = parts.getOrDefault(c.content(), List.of(c.content()));
      out.add(
          CandidateRecord.of(
              c,
              c.cue() == null ? null : c.cue().span(),
              MarkupFreeName.of(c.speaker(), sentences, text),
              MarkupFreeName.of(c.document(), sentences, text),
              cParts,
              quotes,
              coordinated,
              text));
    }
    annotation.set(AttributionsAnnotation.class, List.copyOf(out));
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        CandidatesAnnotation.class,
        ContentPartsAnnotation.class,
        SpeakersCanonicalAnnotation.class,
        QuotedSpansAnnotation.class,
        CoordinatedSpeakersAnnotation.class,
        WebNoiseRemovedAnnotation.class,
        ParsedSentencesAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(AttributionsAnnotation.class);
  }
}
