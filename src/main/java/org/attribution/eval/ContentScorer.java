package org.attribution.eval;

import java.util.List;

/**
 * Scores predicted against gold attributions by content, speaker and cue, over the gold documents
 * (predictions for documents absent from gold are ignored). Optional gold is neither required nor
 * counted against a prediction that matches it.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentScorer {

  private ContentScorer() {}

  static ContentCounts score(EvalCorpus gold, EvalCorpus predicted, GoldSubset subset) {
    ContentCounts total = ContentCounts.ZERO;
    for (EvalDocument doc : gold.documents()) {
      total = total.plus(scoreDocument(doc, predicted.attributionsOf(doc.id()), subset));
    }
    return total;
  }

  private static ContentCounts scoreDocument(
      EvalDocument doc, List<EvalAttribution> predicted, GoldSubset subset) {
    ContentMatcher.Result result = ContentMatcher.match(doc, predicted, subset);
    int gold =
        (int) doc.attributions().stream().filter(g -> subset.includes(g) && !g.optional()).count();
    int predictedCount = result.unmatchedPredicted().size();
    int partial = 0;
    int exact = 0;
    int speaker = 0;
    int cue = 0;
    int endToEnd = 0;
    int canonical = 0;
    int canonicalGold = 0;
    for (ContentMatcher.Match m : result.matches()) {
      if (m.gold().optional()) {
        continue;
      }
      predictedCount++;
      partial++;
      boolean isExact = doc.trimmedParts(m.predicted()).equals(doc.trimmedParts(m.gold()));
      boolean speakerOk = SpeakerJudge.isCorrect(m.predicted(), m.gold());
      exact += isExact ? 1 : 0;
      speaker += speakerOk ? 1 : 0;
      cue += cueOk(m.predicted(), m.gold()) ? 1 : 0;
      endToEnd += isExact && speakerOk ? 1 : 0;
      if (m.gold().speakerCanonical() != null) {
        canonicalGold++;
        canonical += SpeakerJudge.isSameCanonical(m.predicted(), m.gold()) ? 1 : 0;
      }
    }
    return new ContentCounts(
        gold, predictedCount, partial, exact, speaker, cue, endToEnd, canonical, canonicalGold);
  }

  /**
   * A gold cue must be overlapped by the predicted one; without a gold cue any prediction is fine.
   */
  private static boolean cueOk(EvalAttribution predicted, EvalAttribution gold) {
    return gold.cueSpan() == null
        || (predicted.cueSpan() != null && predicted.cueSpan().overlaps(gold.cueSpan()));
  }
}
