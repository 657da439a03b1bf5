package org.attribution.annotation;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stage of the attribution pipeline: CoreNLP's {@link Annotator}, with its contract (the keys it
 * reads and the keys it sets) declared in typed keys.
 *
 * <p>CoreNLP declares {@link Annotator#requires()} and {@link Annotator#requirementsSatisfied()}
 * with the raw type {@code CoreAnnotation}. This class is the one place that names it: a stage
 * declares {@link #required()} and {@link #satisfied()}, and this class hands them to CoreNLP.
 *
 * <pre>{@code
 * @Override
 * protected Set<Class<? extends CoreAnnotation<?>>> required() {
 *   return Set.of(CuesAnnotation.class);
 * }
 * }</pre>
 *
 * <p>Subclasses are immutable and thread-safe, as CoreNLP's pipeline shares one annotator between
 * threads.
 */
@SuppressWarnings(
    "rawtypes") // CoreNLP's Annotator contract is declared with the raw CoreAnnotation
public abstract class ContractAnnotator implements Annotator {

  /** The keys this stage reads, which the stages before it must set. */
  protected abstract Set<Class<? extends CoreAnnotation<?>>> required();

  /** The keys this stage sets. */
  protected abstract Set<Class<? extends CoreAnnotation<?>>> satisfied();

  @Override
  public final Set<Class<? extends CoreAnnotation>> requires() {
    return Set.copyOf(required());
  }

  @Override
  public final Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.copyOf(satisfied());
  }

  /**
   * Checks that each of {@code annotators} runs after what it requires: set by CoreNLP's pipeline
   * ({@code initial}, and the text) or by an annotator before it.
   *
   * @throws IllegalStateException naming the first annotator that runs too early
   */
  public static void checkOrder(
      Set<Class<? extends CoreAnnotation>> initial, List<Annotator> annotators) {
    Set<Class<? extends CoreAnnotation>> satisfied = new HashSet<>(initial);
    satisfied.add(CoreAnnotations.TextAnnotation.class);
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
