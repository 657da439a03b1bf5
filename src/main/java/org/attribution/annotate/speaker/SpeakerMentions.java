package org.attribution.annotate.speaker;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.attribution.Span;
import org.attribution.annotate.quote.QuoteOrder;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.CuesClassifiedAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.AttributionAnnotations.SpeakersLinkedAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.Cue;
import org.attribution.annotation.Mention;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;

/**
 * Links every cued candidate of a text to the mention a profile's speaker finder picks, under the
 * contract every speaker linker shares; a mention inside a quote of the candidate's own content is
 * never its speaker.
 */
final class SpeakerMentions {

  /** What every speaker linker needs: the classified candidates. */
  static final Set<Class<? extends CoreAnnotation<?>>> REQUIRES =
      Set.of(
          ParsedSentencesAnnotation.class,
          CandidatesAnnotation.class,
          CuesClassifiedAnnotation.class,
          QuotedSpansAnnotation.class);

  /** What every speaker linker marks. */
  static final Set<Class<? extends CoreAnnotation<?>>> SATISFIES =
      Set.of(SpeakersLinkedAnnotation.class);

  private SpeakerMentions() {}

  /** Sets each cued candidate's speaker to {@code finder}'s mention, when it finds one. */
  static void link(Annotation annotation, BiFunction<ParsedSentence, Cue, Mention> finder) {
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    List<QuotedSpan> quotes = annotation.get(QuotedSpansAnnotation.class);
    List<Candidate> linked = new ArrayList<>();
    for (Candidate candidate : annotation.get(CandidatesAnnotation.class)) {
      Cue cue = candidate.cue();
      Mention speaker = cue == null ? null : finder.apply(sentences.get(cue.sentence()), cue);
      // a speaker never comes from inside what it says: "I think" in a quote is not its speaker
      boolean inside =
          speaker != null
              && candidate.content().overlaps(speaker.span())
              && inQuote(quotes, speaker.span());
      linked.add(speaker == null || inside ? candidate : candidate.withSpeaker(speaker));
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(linked));
    annotation.set(SpeakersLinkedAnnotation.class, true);
  }

  private static boolean inQuote(List<QuotedSpan> quotes, Span span) {
    QuotedSpan around = QuoteOrder.around(quotes, span);
    return around != null && around.inner().contains(span);
  }
}
