package org.attribution.annotate.cue;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Map;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContentRule;
import org.attribution.annotation.Cue;
import org.attribution.lexicon.CueReliability;
import org.junit.jupiter.api.Test;

class CueClassifierTest {

  private static Candidate candidate(String entry, ContentRule rule) {
    Cue cue = new Cue(0, 2, Span.of(4, 8), entry, CueKind.SPEECH, Cue.Role.VERB, false);
    return Candidate.of(0, cue, Span.of(9, 20), AttributionType.INDIRECT, rule, 0.5);
  }

  private static List<Candidate> classify(CueReliability model, Candidate... candidates) {
    Annotation annotation = new Annotation("");
    annotation.set(CandidatesAnnotation.class, List.of(candidates));
    new CueClassifier(model).annotate(annotation);
    return annotation.get(CandidatesAnnotation.class);
  }

  @Test
  void dropsCandidatesOfUnreliableCueAndKeepsTheRest() {
    CueReliability model =
        CueReliability.of(
            CueReliability.withBackOff(
                Map.of(
                    CueReliability.key("say", ContentRule.CLAUSE, false), new long[] {95, 100},
                    CueReliability.key("think", ContentRule.CLAUSE, false), new long[] {2, 100})));
    List<Candidate> kept =
        classify(
            model, candidate("say", ContentRule.CLAUSE), candidate("think", ContentRule.CLAUSE));
    assertThat(kept).extracting(c -> c.cue().entry()).containsExactly("say");
    assertThat(kept.get(0).confidence()).isGreaterThan(0.9);
  }

  @Test
  void keepsEverythingWithUninformedModel() {
    assertThat(
            classify(
                CueReliability.uninformed(),
                candidate("think", ContentRule.CLAUSE),
                candidate("~wonder", ContentRule.OBJECT)))
        .hasSize(2);
  }
}
