package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attribution.AttributionType;
import org.junit.jupiter.api.Test;

class ContentMatcherTest {

  private static ContentMatcher.Result matchFixtureDocument(
      String fixture, String id, GoldSubset subset) {
    EvalDocument gold = EvalFixtures.goldDocument(fixture, id);
    return ContentMatcher.match(gold, EvalFixtures.predicted(fixture).attributionsOf(id), subset);
  }

  @Test
  void takesTheHighestIouFirstEvenWhenThatLeavesGoldUnmatched() {
    ContentMatcher.Result result = matchFixtureDocument("matching", "greedy", GoldSubset.ALL);
    List<EvalAttribution> gold = EvalFixtures.goldDocument("matching", "greedy").attributions();
    List<EvalAttribution> predicted = EvalFixtures.predicted("matching").attributionsOf("greedy");

    assertThat(result.matches())
        .containsExactly(new ContentMatcher.Match(predicted.get(0), gold.get(0)));
    assertThat(result.unmatchedPredicted()).containsExactly(predicted.get(1));
  }

  @Test
  void givesATieToTheLaterPrediction() {
    ContentMatcher.Result result = matchFixtureDocument("matching", "tie-pred", GoldSubset.ALL);
    List<EvalAttribution> predicted = EvalFixtures.predicted("matching").attributionsOf("tie-pred");

    assertThat(result.matches())
        .extracting(ContentMatcher.Match::predicted)
        .containsExactly(predicted.get(1));
    assertThat(result.unmatchedPredicted()).containsExactly(predicted.get(0));
  }

  @Test
  void givesATieToTheLaterGold() {
    ContentMatcher.Result result = matchFixtureDocument("matching", "tie-gold", GoldSubset.ALL);
    List<EvalAttribution> gold = EvalFixtures.goldDocument("matching", "tie-gold").attributions();

    assertThat(result.matches())
        .extracting(ContentMatcher.Match::gold)
        .containsExactly(gold.get(1));
  }

  @Test
  void setsAsideUnmatchedPredictionsOverlappingExcludedGold() {
    List<EvalAttribution> predicted = EvalFixtures.predicted("subsets").attributionsOf("sub");

    ContentMatcher.Result quoted = matchFixtureDocument("subsets", "sub", GoldSubset.QUOTED);

    assertThat(quoted.matches())
        .extracting(ContentMatcher.Match::predicted)
        .containsExactlyInAnyOrder(predicted.get(0), predicted.get(2));
    // "wages lag behind" overlaps unquoted gold; the prediction about the sky overlaps nothing.
    assertThat(quoted.unmatchedPredicted()).containsExactly(predicted.get(3));
    assertThat(quoted.countedPredicted()).hasSize(3);
  }

  @Test
  void matchesOnlyGoldOfTheSubsetType() {
    List<EvalAttribution> predicted = EvalFixtures.predicted("subsets").attributionsOf("sub");

    ContentMatcher.Result mixed =
        matchFixtureDocument("subsets", "sub", GoldSubset.ALL.ofType(AttributionType.MIXED));

    assertThat(mixed.matches())
        .extracting(ContentMatcher.Match::predicted)
        .containsExactly(predicted.get(2));
    assertThat(mixed.unmatchedPredicted()).containsExactly(predicted.get(3));
  }
}
