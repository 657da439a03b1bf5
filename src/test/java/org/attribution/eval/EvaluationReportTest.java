package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EvaluationReportTest {

  private static Evaluation evaluation(ContentCounts counts) {
    return new Evaluation(
        "quoted", counts, List.of(new RoleSpanScore("cue", PrecisionRecall.of(2, 3, 2), 2, 3)));
  }

  @Test
  void roundsHalfToEvenOnTheExactBinaryValueAsPythonFormats() {
    // 1/16 = 0.0625 exactly: Python prints 0.062 where Java's %.3f prints 0.063.
    List<String> lines =
        EvaluationReport.lines(evaluation(new ContentCounts(16, 16, 1, 1, 1, 1, 1, 0, 0)));

    assertThat(lines.get(1)).isEqualTo("partial    P=0.062 R=0.062 F1=0.062");
  }

  @Test
  void alignsLabelsLikeTheReferenceScorer() {
    List<String> lines =
        EvaluationReport.lines(evaluation(new ContentCounts(4, 3, 3, 2, 1, 0, 1, 0, 0)));

    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).isEqualTo("subset=quoted gold=4 pred=3");
    assertThat(lines.get(4)).isEqualTo("e2e_exact  P=0.333 R=0.250 F1=0.286");
    assertThat(lines.get(5)).isEqualTo("speaker accuracy on matched content: 0.333");
    assertThat(lines.get(6))
        .isEqualTo("span-exact cue      P=0.667 R=1.000 F1=0.800  (gold 2, pred 3)");
  }

  @Test
  void printsCanonicalAccuracyOnlyWhenGoldNamesSpeakers() {
    List<String> lines =
        EvaluationReport.lines(evaluation(new ContentCounts(4, 3, 3, 2, 1, 0, 1, 2, 3)));

    assertThat(lines).hasSize(8);
    assertThat(lines.get(6))
        .isEqualTo("canonical speaker accuracy on matched content: 0.667 (of 3 with a gold name)");
  }

  @Test
  void writesJsonWithTheReferenceKeysAndFourDecimals() {
    ObjectNode json =
        EvaluationReport.json(evaluation(new ContentCounts(3, 3, 3, 2, 0, 0, 0, 0, 0)));

    assertThat(json.propertyNames())
        .containsExactly(
            "gold",
            "pred",
            "partial",
            "exact",
            "speaker",
            "cue",
            "e2e_exact",
            "canonical",
            "canonical_gold",
            "partial_P",
            "partial_R",
            "partial_F1",
            "exact_P",
            "exact_R",
            "exact_F1",
            "speaker_P",
            "speaker_R",
            "speaker_F1",
            "e2e_exact_P",
            "e2e_exact_R",
            "e2e_exact_F1",
            "speaker_acc_on_matched",
            "canonical_acc_on_matched",
            "spans");
    assertThat(json.get("canonical_acc_on_matched").isNull()).isTrue();
    assertThat(json.get("partial_P").toString()).isEqualTo("1.0");
    assertThat(json.get("exact_P").toString()).isEqualTo("0.6667");
    assertThat(json.get("speaker_F1").toString()).isEqualTo("0.0");
    assertThat(json.get("spans").get("cue").toString())
        .isEqualTo("{\"P\":0.6667,\"R\":1.0,\"F1\":0.8,\"gold\":2,\"pred\":3}");
  }
}
