package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected counts are those the reference scorer reports on the same fixtures (see the fixture
 * README).
 */
class ContentScorerTest {

  @TempDir Path dir;

  private static ContentCounts score(String fixture, GoldSubset subset) {
    return ContentScorer.score(EvalFixtures.gold(fixture), EvalFixtures.predicted(fixture), subset);
  }

  @Test
  void matchesExactlyAfterTrimmingWithTheGoldText() {
    assertThat(score("trimming", GoldSubset.ALL))
        .isEqualTo(new ContentCounts(3, 3, 3, 2, 3, 3, 2, 0, 0));
  }

  @Test
  void countsGreedyMatchesAndIgnoresDocumentsAbsentFromGold() {
    assertThat(score("matching", GoldSubset.ALL))
        .isEqualTo(new ContentCounts(5, 5, 3, 0, 3, 3, 0, 0, 0));
  }

  @Test
  void optionalGoldNeitherRewardsNorPenalizes() {
    assertThat(score("optional", GoldSubset.ALL))
        .isEqualTo(new ContentCounts(2, 1, 1, 1, 1, 1, 1, 0, 0));
  }

  @Test
  void scoresQuotedAndUnquotedGoldApart() {
    assertThat(score("subsets", GoldSubset.ALL))
        .isEqualTo(new ContentCounts(3, 4, 3, 1, 3, 3, 1, 0, 0));
    assertThat(score("subsets", GoldSubset.QUOTED))
        .isEqualTo(new ContentCounts(2, 3, 2, 1, 2, 2, 1, 0, 0));
    assertThat(score("subsets", GoldSubset.UNQUOTED))
        .isEqualTo(new ContentCounts(1, 2, 1, 0, 1, 1, 0, 0, 0));
  }

  @Test
  void judgesSpeakersOfMatchedContent() {
    ContentCounts counts = score("speaker", GoldSubset.ALL);

    assertThat(counts).isEqualTo(new ContentCounts(7, 7, 7, 7, 5, 0, 5, 2, 4));
    assertThat(counts.speakerAccuracyOnMatched()).isEqualTo(5.0 / 7);
  }

  @Test
  void matchesContentsInPartsByTheirCharacters() {
    ContentCounts counts = score("parts", GoldSubset.ALL);

    assertThat(counts).isEqualTo(new ContentCounts(4, 4, 4, 2, 4, 1, 2, 3, 4));
    assertThat(counts.canonicalAccuracyOnMatched()).hasValue(0.75);
  }

  @Test
  void hasNoCanonicalAccuracyWithoutGoldNames() {
    assertThat(score("trimming", GoldSubset.ALL).canonicalAccuracyOnMatched()).isEmpty();
  }

  @Test
  void acceptsAnyCueWhenGoldHasNone() throws IOException {
    String text = "'text': 'Ann said rain falls. Bob said snow falls.'";
    Path gold =
        EvalFixtures.write(
            dir,
            "gold.jsonl",
            "{'id': 'c', "
                + text
                + ", 'attributions': ["
                + "{'contentSpan': [9, 19], 'cueSpan': null},"
                + "{'contentSpan': [30, 40], 'cueSpan': [25, 29]}]}");
    Path predicted =
        EvalFixtures.write(
            dir,
            "predicted.jsonl",
            "{'id': 'c', 'attributions': ["
                + "{'contentSpan': [9, 19], 'cueSpan': [0, 3]},"
                + "{'contentSpan': [30, 40], 'cueSpan': [21, 24]}]}");

    ContentCounts counts =
        ContentScorer.score(
            EvalCorpus.readGold(gold), EvalCorpus.readPredicted(predicted), GoldSubset.ALL);

    assertThat(counts.cue()).isEqualTo(1);
    assertThat(counts.partial()).isEqualTo(2);
  }

  @Test
  void countsSpuriousPredictionsOnlyForGoldDocuments() throws IOException {
    Path gold = EvalFixtures.write(dir, "gold.jsonl", "{'id': 'a', 'attributions': []}");
    Path predicted =
        EvalFixtures.write(
            dir,
            "predicted.jsonl",
            "{'id': 'a', 'attributions': [{'contentSpan': [0, 4]}, {'contentSpan': [5, 9]}]}",
            "{'id': 'b', 'attributions': [{'contentSpan': [0, 4]}]}");

    ContentCounts counts =
        ContentScorer.score(
            EvalCorpus.readGold(gold), EvalCorpus.readPredicted(predicted), GoldSubset.ALL);

    assertThat(counts).isEqualTo(new ContentCounts(0, 2, 0, 0, 0, 0, 0, 0, 0));
  }
}
