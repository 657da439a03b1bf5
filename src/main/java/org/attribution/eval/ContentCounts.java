package org.attribution.eval;

import java.util.OptionalDouble;

/**
 * Counts of content matching over a corpus, and the scores derived from them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param gold required gold attributions in the subset
 * @param predicted predictions that count: matched to required gold, or unmatched and not
 *     overlapping gold outside the subset
 * @param partial predictions matched to required gold (trimmed content IoU at least 0.5)
 * @param exact matched predictions whose trimmed content parts equal the gold ones
 * @param speaker matched predictions with a correct speaker
 * @param cue matched predictions whose cue overlaps the gold cue, or whose gold has no cue
 * @param endToEndExact matched predictions that are exact and have a correct speaker
 * @param canonical matched predictions with a gold canonical speaker whose canonical speaker (or
 *     document) names the same person
 * @param canonicalGold matched predictions whose gold has a canonical speaker
 */
public record ContentCounts(
    int gold,
    int predicted,
    int partial,
    int exact,
    int speaker,
    int cue,
    int endToEndExact,
    int canonical,
    int canonicalGold) {

  static final ContentCounts ZERO = new ContentCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  ContentCounts plus(ContentCounts o) {
    return new ContentCounts(
        gold + o.gold,
        predicted + o.predicted,
        partial + o.partial,
        exact + o.exact,
        speaker + o.speaker,
        cue + o.cue,
        endToEndExact + o.endToEndExact,
        canonical + o.canonical,
        canonicalGold + o.canonicalGold);
  }

  /** Content found with IoU at least 0.5. */
  public PrecisionRecall partialScores() {
    return PrecisionRecall.of(partial, predicted, gold);
  }

  /** Content found with the exact trimmed span. */
  public PrecisionRecall exactScores() {
    return PrecisionRecall.of(exact, predicted, gold);
  }

  /** Content found (partially) and attributed to the right speaker. */
  public PrecisionRecall speakerScores() {
    return PrecisionRecall.of(speaker, predicted, gold);
  }

  /** Content found exactly and attributed to the right speaker. */
  public PrecisionRecall endToEndExactScores() {
    return PrecisionRecall.of(endToEndExact, predicted, gold);
  }

  /**
   * Share of matched content with a gold canonical speaker whose predicted canonical speaker is
   * right; empty when no matched gold has one.
   */
  public OptionalDouble canonicalAccuracyOnMatched() {
    return canonicalGold == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) canonical / canonicalGold);
  }

  /** Share of matched content with the right speaker; 0 when nothing matched. */
  public double speakerAccuracyOnMatched() {
    return partial == 0 ? 0.0 : (double) speaker / partial;
  }
}
