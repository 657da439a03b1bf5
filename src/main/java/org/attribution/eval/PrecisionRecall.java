package org.attribution.eval;

/**
 * Precision, recall and their harmonic mean; each is 0 when its denominator is 0.
 *
 * <p>Immutable and thread-safe.
 */
public record PrecisionRecall(double precision, double recall, double f1) {

  /**
   * The scores of {@code truePositives} out of {@code predicted} predictions and {@code gold} gold
   * items.
   */
  public static PrecisionRecall of(int truePositives, int predicted, int gold) {
    double p = predicted == 0 ? 0.0 : (double) truePositives / predicted;
    double r = gold == 0 ? 0.0 : (double) truePositives / gold;
    return new PrecisionRecall(p, r, p + r == 0.0 ? 0.0 : 2 * p * r / (p + r));
  }
}
