package org.attribution.annotate.record;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attribution.Attribution;
import org.attribution.Span;
import org.attribution.annotate.content.ContentParts;
import org.attribution.annotate.cue.VerbGroup;
import org.attribution.annotation.AttributionAnnotations.AttributionsAnnotation;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.CoordinatedSpeakersAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.AttributionAnnotations.WebNoiseRemovedAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;

/**
 * Turns completed candidates into {@link Attribution} records in text order, reading each string
 * from the text at its span, the cue with its verb group ({@code has also said}), and the content
 * in parts around the cue and speaker that interrupt it ({@link ContentParts}). When two cues
 * attribute the same content, the more confident one is kept. Speaker and document names leave out
 * markup their spans cover ({@link MarkupFreeName}). Needs every linking stage, page furniture
 * removed and the quoted spans; adds {@link AttributionsAnnotation}.
 */
public final class AttributionAssembler extends ContractAnnotator {

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<Candidate> candidates = new ArrayList<>(annotation.get(CandidatesAnnotation.class));
    candidates.sort(
        Comparator.comparing(Candidate::content)
            .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed()));
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    List<QuotedSpan> quotes = annotation.get(QuotedSpansAnnotation.class);
    Map<Span, List<String>> coordinated = annotation.get(CoordinatedSpeakersAnnotation.class);
    List<Attribution> out = new ArrayList<>();
    Span previous = null;
    for (Candidate c : candidates) {
      if (!c.content().equals(previous)) {
        out.add(build(c, text, sentences, quotes, coordinated));
        previous = c.content();
      }
    }
    annotation.set(AttributionsAnnotation.class, List.copyOf(out));
  }

  private static Attribution build(
      Candidate c,
      String text,
      List<ParsedSentence> sentences,
      List<QuotedSpan> quotes,
      Map<Span, List<String>> coordinated) {
    Span cue = c.cue() == null ? null : VerbGroup.of(sentences.get(c.cue().sentence()), c.cue());
    Span speaker = MarkupFreeName.of(c.speaker(), sentences, text);
    Span document = MarkupFreeName.of(c.document(), sentences, text);
    List<Span> parts =
        ContentParts.of(c.content(), c.type(), Arrays.asList(cue, speaker, document), quotes, text);
    return CandidateRecord.of(c, cue, speaker, document, parts, quotes, coordinated, text);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        ParsedSentencesAnnotation.class,
        CandidatesAnnotation.class,
        QuotedSpansAnnotation.class,
        CoordinatedSpeakersAnnotation.class,
        WebNoiseRemovedAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(AttributionsAnnotation.class);
  }
}
