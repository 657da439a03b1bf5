package org.attribution.eval;

import java.util.List;
import org.attribution.AttributionType;

/**
 * Scores a predicted corpus against a gold corpus with the same rules as the project's reference
 * scorer ({@code score.py}): content match by trimmed-span IoU, speaker and cue judgement on
 * matched content, and exact role spans.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluator {

  private Evaluator() {}

  /**
   * Scores against a subset of the gold. The role-span scores always cover all gold, as the
   * reference scorer's do, so that they can be compared line for line.
   */
  public static Evaluation evaluate(EvalCorpus gold, EvalCorpus predicted, GoldSubset subset) {
    return new Evaluation(
        subset.name(),
        ContentScorer.score(gold, predicted, subset),
        RoleSpanScorer.score(gold, predicted, GoldSubset.ALL));
  }

  /**
   * One evaluation per type in {@link GoldSubset#REPORTED_TYPES} order, each restricting the gold
   * to the subset and the type. The role-span scores of each are restricted to the type alone.
   */
  public static List<Evaluation> evaluateByType(
      EvalCorpus gold, EvalCorpus predicted, GoldSubset subset) {
    return GoldSubset.REPORTED_TYPES.stream()
        .map(type -> ofType(gold, predicted, subset, type))
        .toList();
  }

  private static Evaluation ofType(
      EvalCorpus gold, EvalCorpus predicted, GoldSubset subset, AttributionType type) {
    GoldSubset narrowed = subset.ofType(type);
    return new Evaluation(
        narrowed.name(),
        ContentScorer.score(gold, predicted, narrowed),
        RoleSpanScorer.score(gold, predicted, GoldSubset.ALL.ofType(type)));
  }
}
