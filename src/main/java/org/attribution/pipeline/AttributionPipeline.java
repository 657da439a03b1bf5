package org.attribution.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.Profile;
import org.attribution.annotation.AttributionAnnotations.AttributionsAnnotation;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.internal.Interrupts;
import org.attribution.lexicon.CueLexicon;
import org.attribution.lexicon.CueReliability;

/**
 * CoreNLP's sentences, tokens and tags (with entities and parse in the accurate profile), then the
 * attribution annotators in order: quoted spans, cues, content, cue reliability, speakers,
 * documents, canonical speakers, continuations, records. {@link ProfileStages} lists the stages of
 * each profile. The order is checked when the pipeline is built: each annotator's requirements must
 * be satisfied by the ones before it. Thread-safe once built: annotators keep no state between
 * texts.
 */
public final class AttributionPipeline {

  private final StanfordCoreNLP corenlp;
  private final List<Annotator> annotators;

  private AttributionPipeline(StanfordCoreNLP corenlp, List<Annotator> annotators) {
    this.corenlp = corenlp;
    this.annotators = annotators;
    ContractAnnotator.checkOrder(corenlp.requirementsSatisfied(), annotators);
  }

  /**
   * Loads the models of the accurate profile; {@code cueLexicon} null means the bundled lexicon.
   */
  public static AttributionPipeline create(Path cueLexicon) {
    return create(cueLexicon, Profile.ACCURATE);
  }

  /** Loads the models {@code profile} uses; {@code cueLexicon} null means the bundled lexicon. */
  public static AttributionPipeline create(Path cueLexicon, Profile profile) {
    return create(cueLexicon, ProfileModels.bundled(profile));
  }

  /**
   * Loads the models of a profile, its trained ones from where {@code models} says; {@code
   * cueLexicon} null means the bundled lexicon.
   */
  public static AttributionPipeline create(Path cueLexicon, ProfileModels models) {
    return create(cueLexicon, models.cueReliability(), models);
  }

  /**
   * An accurate pipeline that scores cues with {@code reliability}; the trainer passes an
   * uninformed one.
   */
  public static AttributionPipeline create(Path cueLexicon, CueReliability reliability) {
    return create(cueLexicon, reliability, Profile.ACCURATE);
  }

  /** A pipeline of {@code profile} that scores cues with {@code reliability}. */
  public static AttributionPipeline create(
      Path cueLexicon, CueReliability reliability, Profile profile) {
    return create(cueLexicon, reliability, ProfileModels.bundled(profile));
  }

  private static AttributionPipeline create(
      Path cueLexicon, CueReliability reliability, ProfileModels models) {
    CueLexicon cues = cueLexicon == null ? CueLexicon.bundled() : CueLexicon.fromFile(cueLexicon);
    ProfileStages stages = ProfileStages.of(models.profile());
    CoreNlpSettings.checkModels(models.profile());
    // The user's files first: a wrong one fails before CoreNLP spends seconds loading.
    List<Annotator> annotators = stages.annotators(cues, reliability, models);
    return new AttributionPipeline(new StanfordCoreNLP(stages.corenlpProperties()), annotators);
  }

  /** Annotates one text and returns its attributions in text order. */
  public List<Attribution> annotate(String text) {
    return run(text).get(AttributionsAnnotation.class);
  }

  /** Annotates one text and returns every annotation the stages left, for inspection. */
  public Annotation run(String text) {
    // CoreNLP reads a copy without the control characters and long unbroken stretches that make its
    // tokenizer slow, and with its amounts' stops made sentence ends (same length, same offsets);
    // the attribution stages read the text as given.
    Annotation annotation =
        new Annotation(AmountStops.mark(TokenizerInputNormalizer.normalize(text)));
    corenlp.annotate(annotation);
    annotation.set(CoreAnnotations.TextAnnotation.class, text);
    for (Annotator annotator : annotators) {
      Interrupts.check();
      annotator.annotate(annotation);
    }
    return annotation;
  }
}
