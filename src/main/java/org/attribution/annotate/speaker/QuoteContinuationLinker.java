package org.attribution.annotate.speaker;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attribution.AttributionType;
import org.attribution.annotate.cue.CueClassifier;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.ContinuationsLinkedAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.AttributionAnnotations.SpeakersCanonicalAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContentRule;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.Interrupts;
import org.attribution.internal.ParsedSentence;
import org.attribution.internal.SpanCover;
import org.attribution.lexicon.CueReliability;

/**
 * Gives a quote with no cue of its own to the speaker of the attribution just before it, when the
 * quote stands as a sentence of its own (it opens the sentence) in the same paragraph as that
 * attribution or the next one. A quote inside a sentence with no cue (a scare quote, a title) is
 * left alone. Its confidence is the rate at which such continuations matched gold in training
 * (entry {@value #ENTRY} of the cue model), and none are added when that is below the cue
 * classifier's threshold. Needs canonical speakers, which the continuation inherits; adds uncued
 * candidates and marks {@link ContinuationsLinkedAnnotation}.
 */
public final class QuoteContinuationLinker extends ContractAnnotator {

  /** The entry under which the cue model counts continuations, which have no cue words. */
  public static final String ENTRY = "\"";

  private final double confidence;

  /** Gives continuations the probability {@code model} learned for them. */
  public QuoteContinuationLinker(CueReliability model) {
    this.confidence = Math.min(1.0, model.probability(ENTRY, ContentRule.CONTINUATION, false));
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    List<Candidate> candidates = new ArrayList<>(annotation.get(CandidatesAnnotation.class));
    boolean trusted = confidence >= CueClassifier.THRESHOLD;
    List<QuotedSpan> quotes = trusted ? annotation.get(QuotedSpansAnnotation.class) : List.of();
    // Continuations never overlap a later quote, so the candidates found before are all to check.
    SpanCover contents = SpanCover.of(candidates.stream().map(Candidate::content).toList());
    Map<Integer, Integer> sentenceAt = new HashMap<>();
    for (ParsedSentence s : sentences) {
      if (s.size() > 0) {
        sentenceAt.putIfAbsent(s.begin(1), s.index());
      }
    }
    // Of the candidates with a known speaker, the first to end at each offset.
    TreeMap<Integer, Candidate> speakerKnown = new TreeMap<>();
    candidates.forEach(c -> remember(speakerKnown, c));
    for (QuotedSpan quote : quotes) {
      Interrupts.check();
      if (contents.overlapsAny(quote.inner())) {
        continue;
      }
      Integer sentence = sentenceAt.get(quote.outer().begin());
      Map.Entry<Integer, Candidate> previous = speakerKnown.floorEntry(quote.outer().begin());
      if (sentence != null
          && previous != null
          && !hasParagraphBreaks(text, previous.getKey(), quote.outer().begin(), 2)) {
        Candidate before = previous.getValue();
        Candidate continuation =
            new Candidate(
                sentence,
                null,
                quote.inner(),
                AttributionType.DIRECT,
                ContentRule.CONTINUATION,
                null,
                before.document(),
                before.canonical(),
                before.kind(),
                confidence);
        candidates.add(continuation);
        remember(speakerKnown, continuation);
      }
    }
    candidates.sort(Comparator.comparing(Candidate::content));
    annotation.set(CandidatesAnnotation.class, List.copyOf(candidates));
    annotation.set(ContinuationsLinkedAnnotation.class, true);
  }

  private static void remember(TreeMap<Integer, Candidate> speakerKnown, Candidate c) {
    if (c.canonical() != null) {
      speakerKnown.putIfAbsent(c.content().end(), c);
    }
  }

  /**
   * True when there are at least {@code count} paragraph breaks from {@code begin} to {@code end}:
   * runs of whitespace that hold a line break, each run counted once, as the matches of {@code
   * \n\s*} are. Reads back from {@code end} and stops at the last break it needs, so a quote far
   * from the attribution before it does not cost the text between them.
   */
  private static boolean hasParagraphBreaks(String text, int begin, int end, int count) {
    int found = 0;
    boolean breakInRun = false;
    for (int i = end - 1; i >= begin; i--) {
      char c = text.charAt(i);
      if (" \t\n\u000B\f\r".indexOf(c) < 0) { // the whitespace of a regular expression's \s
        breakInRun = false;
      } else if (c == '\n' && !breakInRun) {
        breakInRun = true;
        if (++found == count) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        ParsedSentencesAnnotation.class,
        CandidatesAnnotation.class,
        QuotedSpansAnnotation.class,
        SpeakersCanonicalAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(ContinuationsLinkedAnnotation.class);
  }
}
