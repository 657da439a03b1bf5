package org.attribution.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attribution.AttributionType;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.CueReliability;
import org.attribution.pipeline.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.pipeline.AttributionAnnotations.ContinuationsLinkedAnnotation;
import org.attribution.pipeline.AttributionAnnotations.SpeakersCanonicalAnnotation;
import org.attribution.pipeline.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.pipeline.Candidate;
import org.attribution.pipeline.ContentRule;
import org.attribution.pipeline.QuotedSpan;

/**
 * Gives a quote with no cue of its own to the speaker of the attribution just before it, when the
 * quote stands as a sentence of its own (it opens the sentence) in the same paragraph as that
 * attribution or the next one. A quote inside a sentence with no cue (a scare quote, a title) is
 * left alone. Its confidence is the rate at which such continuations matched gold in training
 * (entry {@value #ENTRY} of the cue model), and none are added when that is below the cue
 * classifier's threshold. Needs canonical speakers, which the continuation inherits; adds uncued
 * candidates and marks {@link ContinuationsLinkedAnnotation}.
 */
public final class QuoteContinuationLinker implements Annotator {

  /** The entry under which the cue model counts continuations, which have no cue words. */
  public static final String ENTRY = "\"";
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*");

  private final double confidence;

  /** Gives continuations the probability {@code model} learned for them. */
  public QuoteContinuationLinker(CueReliability model) {
    this.confidence = Math.min(1.0, model.probability(ENTRY, ContentRule.CONTINUATION, false));
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ParsedSentence> sentences = ParsedSentence.of(annotation);
    List<Candidate> candidates = new ArrayList<>(annotation.get(CandidatesAnnotation.class));
    boolean trusted = confidence >= CueClassifier.THRESHOLD;
    List<QuotedSpan> quotes = trusted ? annotation.get(QuotedSpansAnnotation.class) : List.of();
    for (QuotedSpan quote : quotes) {
      if (candidates.stream().anyMatch(c -> c.content().overlaps(quote.inner()))) {
        continue;
      }
      int sentence = opensSentence(sentences, quote);
      Candidate previous = previous(candidates, quote);
      if (sentence >= 0 && previous != null && paragraphsBetween(text, previous, quote) <= 1) {
        candidates.add(
            new Candidate(sentence, null, quote.inner(), AttributionType.DIRECT,
                ContentRule.CONTINUATION, null,
                previous.document(), previous.canonical(), previous.kind(), confidence));
      }
    }
    candidates.sort(Comparator.comparing(Candidate::content));
    annotation.set(CandidatesAnnotation.class, List.copyOf(candidates));
    annotation.set(ContinuationsLinkedAnnotation.class, true);
  }

  /** The index of the sentence the quote opens, or -1 when it starts inside a sentence. */
  private static int opensSentence(List<ParsedSentence> sentences, QuotedSpan quote) {
    for (ParsedSentence s : sentences) {
      if (s.size() > 0 && s.begin(1) == quote.outer().begin()) {
        return s.index();
      }
    }
    return -1;
  }

  /** The last candidate with a known speaker that ends before the quote. */
  private static Candidate previous(List<Candidate> candidates, QuotedSpan quote) {
    Candidate found = null;
    for (Candidate c : candidates) {
      if (c.canonical() != null && c.content().end() <= quote.outer().begin()
          && (found == null || c.content().end() > found.content().end())) {
        found = c;
      }
    }
    return found;
  }

  /** Paragraph breaks between two places: each run of line breaks counts once. */
  private static long paragraphsBetween(String text, Candidate previous, QuotedSpan quote) {
    String between = text.substring(previous.content().end(), quote.outer().begin());
    return PARAGRAPH_BREAK.matcher(between).results().count();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CandidatesAnnotation.class, QuotedSpansAnnotation.class, SpeakersCanonicalAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(ContinuationsLinkedAnnotation.class);
  }
}
