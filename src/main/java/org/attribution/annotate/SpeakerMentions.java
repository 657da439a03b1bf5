package org.attribution.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.attribution.internal.ParsedSentence;
import org.attribution.pipeline.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.pipeline.AttributionAnnotations.SpeakersLinkedAnnotation;
import org.attribution.pipeline.Candidate;
import org.attribution.pipeline.Cue;
import org.attribution.pipeline.Mention;

/** Links every cued candidate of a text to the mention a profile's speaker finder picks. */
final class SpeakerMentions {

  private SpeakerMentions() {}

  /** Sets each cued candidate's speaker to {@code finder}'s mention, when it finds one. */
  static void link(Annotation annotation, BiFunction<ParsedSentence, Cue, Mention> finder) {
    List<ParsedSentence> sentences = ParsedSentence.of(annotation);
    List<Candidate> linked = new ArrayList<>();
    for (Candidate candidate : annotation.get(CandidatesAnnotation.class)) {
      Cue cue = candidate.cue();
      Mention speaker = cue == null ? null : finder.apply(sentences.get(cue.sentence()), cue);
      linked.add(speaker == null ? candidate : candidate.withSpeaker(speaker));
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(linked));
    annotation.set(SpeakersLinkedAnnotation.class, true);
  }
}
