package org.attribution.annotate.cue;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.CuesClassifiedAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.lexicon.CueReliability;

/**
 * Keeps the candidates whose cue, in the frame it was found in (the construction that found the
 * content, and whether the cue is nested in another candidate's content), is reliable enough, and
 * gives each its learned probability as confidence. A cue word that attributes in one frame may not
 * in another: {@code said that ...} nearly always does, {@code thinks ...} seldom does in news
 * text, and a verb nested in reported content seldom reports anything itself. Needs candidates;
 * marks {@link CuesClassifiedAnnotation}.
 */
public final class CueClassifier implements Annotator {

  /** Candidates less likely than this to be real are dropped. */
  public static final double THRESHOLD = 0.3;

  private final CueReliability model;

  public CueClassifier(CueReliability model) {
    this.model = model;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<Candidate> kept = new ArrayList<>();
    List<Candidate> all = annotation.get(CandidatesAnnotation.class);
    boolean[] nested = Candidate.cuesNested(all);
    for (int i = 0; i < all.size(); i++) {
      Candidate c = all.get(i);
      double p = model.probability(c.cue().entry(), c.rule(), nested[i]);
      if (p >= THRESHOLD) {
        kept.add(c.withConfidence(Math.min(1.0, p)));
      }
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(kept));
    annotation.set(CuesClassifiedAnnotation.class, true);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CandidatesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CuesClassifiedAnnotation.class);
  }
}
