package org.attribution.annotation;

import java.util.List;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.internal.SpanCover;

/**
 * An attribution under construction: each annotator after content finding fills in more of it.
 *
 * @param cue null for a quote that continues the previous speaker without a cue
 * @param rule the construction the content was found by
 * @param speaker null until linked, or when the text names only a document
 * @param document null unless the text names the medium
 * @param canonical fullest name of the speaker, null until canonicalized or when unknown
 */
public record Candidate(
    int sentence,
    Cue cue,
    Span content,
    AttributionType type,
    ContentRule rule,
    Mention speaker,
    Mention document,
    String canonical,
    SpeakerKind kind,
    double confidence) {

  public static Candidate of(
      int sentence,
      Cue cue,
      Span content,
      AttributionType type,
      ContentRule rule,
      double confidence) {
    return new Candidate(sentence, cue, content, type, rule, null, null, null, null, confidence);
  }

  public Candidate withSpeaker(Mention mention) {
    return new Candidate(
        sentence, cue, content, type, rule, mention, document, canonical, kind, confidence);
  }

  public Candidate withCue(Cue words) {
    return new Candidate(
        sentence, words, content, type, rule, speaker, document, canonical, kind, confidence);
  }

  public Candidate withDocument(Mention mention) {
    return new Candidate(
        sentence, cue, content, type, rule, speaker, mention, canonical, kind, confidence);
  }

  public Candidate withConfidence(double score) {
    return new Candidate(
        sentence, cue, content, type, rule, speaker, document, canonical, kind, score);
  }

  public Candidate withCanonical(String name, SpeakerKind speakerKind) {
    return new Candidate(
        sentence, cue, content, type, rule, speaker, document, name, speakerKind, confidence);
  }

  /**
   * For each candidate of {@code all}, whether its cue stands inside the content of another of
   * them; in time n log n for n candidates.
   */
  public static boolean[] cuesNested(List<Candidate> all) {
    SpanCover contents = SpanCover.of(all.stream().map(Candidate::content).toList());
    boolean[] nested = new boolean[all.size()];
    for (int i = 0; i < nested.length; i++) {
      Cue cue = all.get(i).cue();
      nested[i] = cue != null && contents.containsBesides(cue.span(), i);
    }
    return nested;
  }
}
