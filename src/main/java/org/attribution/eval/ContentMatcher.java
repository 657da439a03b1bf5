package org.attribution.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs predicted with gold attributions of one document by content: a pair qualifies when the
 * characters of their trimmed content parts have an IoU of at least {@value #MIN_IOU}; pairs are
 * then taken greedily, highest IoU first, each attribution at most once. Ties go to the higher
 * predicted index, then the higher gold index, so results equal those of sorting {@code (iou, i,
 * j)} tuples in reverse.
 *
 * <p>Only gold in the subset is matched. An unmatched prediction that overlaps gold outside the
 * subset (IoU at least {@value #MIN_IOU}) is set aside: it is about something the subset excludes.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentMatcher {

  /** The least IoU of trimmed content spans for a prediction to match gold. */
  static final double MIN_IOU = 0.5;

  /** A predicted attribution matched to a gold one. */
  record Match(EvalAttribution predicted, EvalAttribution gold) {}

  /**
   * The matches, and the predictions left without one that still count (those not set aside), in
   * input order.
   */
  record Result(List<Match> matches, List<EvalAttribution> unmatchedPredicted) {

    /** The predictions that count: matched ones, then unmatched ones. */
    List<EvalAttribution> countedPredicted() {
      List<EvalAttribution> counted = new ArrayList<>();
      matches.forEach(m -> counted.add(m.predicted()));
      counted.addAll(unmatchedPredicted);
      return counted;
    }
  }

  private record Candidate(double iou, int predicted, int gold) {}

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble(Candidate::iou)
          .thenComparingInt(Candidate::predicted)
          .thenComparingInt(Candidate::gold)
          .reversed();

  private ContentMatcher() {}

  static Result match(EvalDocument goldDoc, List<EvalAttribution> predicted, GoldSubset subset) {
    List<EvalAttribution> gold = goldDoc.attributions().stream().filter(subset::includes).toList();
    List<EvalAttribution> excluded =
        goldDoc.attributions().stream().filter(a -> !subset.includes(a)).toList();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      for (int j = 0; j < gold.size(); j++) {
        double iou = contentIou(goldDoc, predicted.get(i), gold.get(j));
        if (iou >= MIN_IOU) {
          candidates.add(new Candidate(iou, i, j));
        }
      }
    }
    candidates.sort(BEST_FIRST);
    boolean[] usedPredicted = new boolean[predicted.size()];
    boolean[] usedGold = new boolean[gold.size()];
    List<Match> matches = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!usedPredicted[c.predicted()] && !usedGold[c.gold()]) {
        usedPredicted[c.predicted()] = true;
        usedGold[c.gold()] = true;
        matches.add(new Match(predicted.get(c.predicted()), gold.get(c.gold())));
      }
    }
    List<EvalAttribution> unmatched = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      EvalAttribution p = predicted.get(i);
      if (!usedPredicted[i]
          && excluded.stream().noneMatch(o -> contentIou(goldDoc, p, o) >= MIN_IOU)) {
        unmatched.add(p);
      }
    }
    return new Result(List.copyOf(matches), List.copyOf(unmatched));
  }

  /** IoU of the characters of the two contents' trimmed parts in the gold document's text. */
  private static double contentIou(EvalDocument goldDoc, EvalAttribution a, EvalAttribution b) {
    return CharSpan.iou(goldDoc.trimmedParts(a), goldDoc.trimmedParts(b));
  }
}
