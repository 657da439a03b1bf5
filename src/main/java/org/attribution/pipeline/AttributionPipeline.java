package org.attribution.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attribution.Attribution;
import org.attribution.annotate.AttributionAssembler;
import org.attribution.annotate.ContentAnnotator;
import org.attribution.annotate.CueAnnotator;
import org.attribution.annotate.CueClassifier;
import org.attribution.annotate.DocumentLinker;
import org.attribution.annotate.QuoteContinuationLinker;
import org.attribution.annotate.QuoteSpanAnnotator;
import org.attribution.annotate.SpeakerCanonicalizer;
import org.attribution.annotate.SpeakerLinker;
import org.attribution.lexicon.CueLexicon;
import org.attribution.lexicon.CueReliability;
import org.attribution.lexicon.WordList;
import org.attribution.pipeline.AttributionAnnotations.AttributionsAnnotation;

/**
 * CoreNLP's sentences, tokens, tags, entities and parse, then the attribution annotators in order:
 * quoted spans, cues, content, cue reliability, speakers, documents, canonical speakers,
 * continuations, records.
 * The order is checked when the pipeline is built: each annotator's requirements must be satisfied
 * by the ones before it. Thread-safe once built: annotators keep no state between texts.
 */
public final class AttributionPipeline {

  private final StanfordCoreNLP corenlp;
  private final List<Annotator> annotators;

  private AttributionPipeline(StanfordCoreNLP corenlp, List<Annotator> annotators) {
    this.corenlp = corenlp;
    this.annotators = annotators;
    checkOrder(corenlp.requirementsSatisfied(), annotators);
  }

  /** Loads the models; {@code cueLexicon} null means the bundled lexicon. */
  public static AttributionPipeline create(Path cueLexicon) {
    return create(cueLexicon, CueReliability.bundled());
  }

  /** A pipeline that scores cues with {@code reliability}; the trainer passes an uninformed one. */
  public static AttributionPipeline create(Path cueLexicon, CueReliability reliability) {
    CueLexicon cues = cueLexicon == null ? CueLexicon.bundled() : CueLexicon.fromFile(cueLexicon);
    List<Annotator> annotators =
        List.of(
            new QuoteSpanAnnotator(),
            new CueAnnotator(cues),
            new ContentAnnotator(),
            new CueClassifier(reliability),
            new SpeakerLinker(),
            new DocumentLinker(WordList.load("document-nouns.txt")),
            new SpeakerCanonicalizer(WordList.load("organization-nouns.txt")),
            new QuoteContinuationLinker(),
            new AttributionAssembler());
    return new AttributionPipeline(new StanfordCoreNLP(CoreNlpSettings.properties()), annotators);
  }

  /** Annotates one text and returns its attributions in text order. */
  public List<Attribution> annotate(String text) {
    return run(text).get(AttributionsAnnotation.class);
  }

  /** Annotates one text and returns every annotation the stages left, for inspection. */
  public Annotation run(String text) {
    Annotation annotation = new Annotation(text);
    corenlp.annotate(annotation);
    for (Annotator annotator : annotators) {
      annotator.annotate(annotation);
    }
    return annotation;
  }

  static void checkOrder(Set<Class<? extends CoreAnnotation>> initial, List<Annotator> annotators) {
    Set<Class<? extends CoreAnnotation>> satisfied = new HashSet<>(initial);
    satisfied.add(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class);
    for (Annotator annotator : annotators) {
      Set<Class<? extends CoreAnnotation>> missing = new HashSet<>(annotator.requires());
      missing.removeAll(satisfied);
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            annotator.getClass().getSimpleName() + " runs before what it requires: " + missing);
      }
      satisfied.addAll(annotator.requirementsSatisfied());
    }
  }
}
