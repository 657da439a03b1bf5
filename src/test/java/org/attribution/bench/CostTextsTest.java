package org.attribution.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CostTextsTest {

  private final CostTexts texts =
      new CostTexts(List.of("First article.\n\nIts second paragraph.", "Second article."), 16);

  @Test
  void everyKindHasExactlyTheLengthAskedFor() {
    for (CostTexts.Kind kind : CostTexts.Kind.values()) {
      assertThat(kind.text(12_500, texts)).as(kind.name()).hasSize(12_500);
    }
  }

  @Test
  void newsRepeatsTheArticlesInOrder() {
    assertThat(CostTexts.Kind.NEWS.text(80, texts))
        .startsWith("First article.\n\nIts second paragraph.\n\nSecond article.\n\nFirst article.");
  }

  @Test
  void quoteDenseTextHasAQuoteInMostSentencesAndIsTheSameEachTime() {
    String dense = CostTexts.Kind.QUOTE_DENSE.text(50_000, texts);
    long marks = dense.chars().filter(c -> c == '"').count();
    long sentences = dense.split("[.?] ").length;
    assertThat(marks / 2).isGreaterThan(sentences / 2);
    assertThat(CostTexts.Kind.QUOTE_DENSE.text(50_000, texts)).isEqualTo(dense);
  }

  @Test
  void quoteMarksAreNothingElse() {
    assertThat(CostTexts.Kind.QUOTE_MARKS.text(100, texts)).matches("\"{100}");
  }

  @Test
  void lengthsDoubleFromTheSmallestUpToTheLimit() {
    assertThat(CostBenchmark.lengths(1_000_000))
        .containsExactly(12_500, 25_000, 50_000, 100_000, 200_000, 400_000, 800_000, 1_000_000);
    assertThat(CostBenchmark.lengths(200_000))
        .containsExactly(12_500, 25_000, 50_000, 100_000, 200_000);
  }
}
