package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attribution.AttributionType;
import org.junit.jupiter.api.Test;

/**
 * Expected figures are those the reference scorer reports on the same fixtures (see the fixture
 * README).
 */
class RoleSpanScorerTest {

  private static List<RoleSpanScore> score(String fixture, GoldSubset subset) {
    return RoleSpanScorer.score(
        EvalFixtures.gold(fixture), EvalFixtures.predicted(fixture), subset);
  }

  @Test
  void scoresSourceCueAndContentInThatOrder() {
    assertThat(score("spans", GoldSubset.ALL))
        .extracting(RoleSpanScore::role)
        .containsExactly("source", "cue", "content");
  }

  @Test
  void comparesDistinctTrimmedSpansWithOptionalGoldSpansRemoved() {
    List<RoleSpanScore> scores = score("spans", GoldSubset.ALL);

    // source: the document span stands in for a missing speaker; "report" is not "A report"
    assertThat(scores.get(0))
        .isEqualTo(new RoleSpanScore("source", PrecisionRecall.of(2, 3, 3), 3, 3));
    // cue: "said," trims to "said"; an empty span and the optional gold's cue are not counted
    assertThat(scores.get(1))
        .isEqualTo(new RoleSpanScore("cue", PrecisionRecall.of(2, 2, 3), 3, 2));
    // content: duplicates collapse and a span of punctuation only is dropped
    assertThat(scores.get(2))
        .isEqualTo(new RoleSpanScore("content", PrecisionRecall.of(3, 3, 3), 3, 3));
  }

  @Test
  void comparesSpansOfTheSubsetGoldWithThePredictionsItCounts() {
    List<RoleSpanScore> mixed = score("subsets", GoldSubset.ALL.ofType(AttributionType.MIXED));

    // the MIXED gold, and the prediction matching it plus the one overlapping no gold
    assertThat(mixed.get(0))
        .isEqualTo(new RoleSpanScore("source", PrecisionRecall.of(1, 2, 1), 1, 2));
    assertThat(mixed.get(1)).isEqualTo(new RoleSpanScore("cue", PrecisionRecall.of(1, 1, 1), 1, 1));
    assertThat(mixed.get(2))
        .isEqualTo(new RoleSpanScore("content", PrecisionRecall.of(0, 2, 1), 1, 2));
  }
}
