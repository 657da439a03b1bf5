package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected counts are those the reference scorer reports on the same fixtures (see the fixture
 * README).
 */
class EvaluatorTest {

  @Test
  void scoresRoleSpansOverAllGoldWhateverTheSubset() {
    EvalCorpus gold = EvalFixtures.gold("subsets");
    EvalCorpus predicted = EvalFixtures.predicted("subsets");

    Evaluation all = Evaluator.evaluate(gold, predicted, GoldSubset.ALL);
    Evaluation quoted = Evaluator.evaluate(gold, predicted, GoldSubset.QUOTED);

    assertThat(quoted.subset()).isEqualTo("quoted");
    assertThat(quoted.content()).isNotEqualTo(all.content());
    assertThat(quoted.spans()).isEqualTo(all.spans());
  }

  @Test
  void scoresEachTypeAsASubsetOfTheGold() {
    List<Evaluation> byType =
        Evaluator.evaluateByType(
            EvalFixtures.gold("subsets"), EvalFixtures.predicted("subsets"), GoldSubset.ALL);

    assertThat(byType)
        .extracting(Evaluation::subset)
        .containsExactly("DIRECT", "MIXED", "INDIRECT");
    assertThat(byType)
        .extracting(Evaluation::content)
        .containsExactly(
            new ContentCounts(1, 2, 1, 1, 1, 1, 1, 0, 0),
            new ContentCounts(1, 2, 1, 0, 1, 1, 0, 0, 0),
            new ContentCounts(1, 2, 1, 0, 1, 1, 0, 0, 0));
    assertThat(byType.get(0).spans().get(2))
        .isEqualTo(new RoleSpanScore("content", PrecisionRecall.of(1, 2, 1), 1, 2));
  }

  @Test
  void narrowsEachTypeFurtherByTheSubset() {
    List<Evaluation> byType =
        Evaluator.evaluateByType(
            EvalFixtures.gold("subsets"), EvalFixtures.predicted("subsets"), GoldSubset.UNQUOTED);

    assertThat(byType)
        .extracting(Evaluation::subset)
        .containsExactly("unquoted+DIRECT", "unquoted+MIXED", "unquoted+INDIRECT");
    assertThat(byType).extracting(e -> e.content().gold()).containsExactly(0, 0, 1);
  }
}
