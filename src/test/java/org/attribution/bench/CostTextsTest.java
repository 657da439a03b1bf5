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
  void hostileTextsAreWhatTheirNameSaysAndTheSameEachTime() {
    assertThat(CostTexts.Kind.FILE_SEPARATORS.text(10, texts)).matches("\u001c{10}");
    assertThat(CostTexts.Kind.QUOTED_LETTERS.text(5, texts)).isEqualTo("\"a\"a\"");
    assertThat(CostTexts.Kind.SLASHES.text(3, texts)).isEqualTo("///");
    assertThat(CostTexts.Kind.CONTROL_CHARACTERS.text(1_000, texts))
        .matches("[\\x00-\\x1f\\x7f]{1000}")
        .isEqualTo(CostTexts.Kind.CONTROL_CHARACTERS.text(1_000, texts));
    assertThat(CostTexts.Kind.BINARY.text(1_000, texts))
        .matches("[\\x00-\\xff]{1000}")
        .isEqualTo(CostTexts.Kind.BINARY.text(1_000, texts));
    assertThat(CostTexts.Kind.LATIN1_BYTES.text(1_000, texts))
        .matches("[\\x80-\\xff]{1000}")
        .isEqualTo(CostTexts.Kind.LATIN1_BYTES.text(1_000, texts));
    assertThat(CostTexts.Kind.SPACED_LETTERS.text(7, texts)).isEqualTo("a b c d");
    assertThat(CostTexts.Kind.SAID_QUOTES.text(39, texts))
        .isEqualTo("He said \"this will never end\" He said \"");
    assertThat(CostTexts.Kind.UNCLOSED_QUOTES.text(35, texts))
        .isEqualTo("He said \u201cthis will never end He sai");
  }

  @Test
  void lengthsDoubleFromTheSmallestUpToTheLimit() {
    assertThat(CostBenchmark.lengths(1_000_000))
        .containsExactly(12_500, 25_000, 50_000, 100_000, 200_000, 400_000, 800_000, 1_000_000);
    assertThat(CostBenchmark.lengths(200_000))
        .containsExactly(12_500, 25_000, 50_000, 100_000, 200_000);
  }
}
