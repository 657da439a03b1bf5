package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalDocumentTest {

  private static final String TEXT = "He said: \u201cU.S. jobs are back!\u201d \u00a0and left.";

  private static CharSpan spanOf(String part) {
    int begin = TEXT.indexOf(part);
    return new CharSpan(begin, begin + part.length());
  }

  @Test
  void trimsQuoteMarksSpacesAndPunctuationAtBothEnds() {
    EvalDocument doc = new EvalDocument("d", TEXT, List.of());
    assertThat(doc.trimmed(spanOf(": \u201cU.S. jobs are back!\u201d \u00a0")))
        .isEqualTo(spanOf("U.S. jobs are back"));
  }

  @Test
  void keepsPunctuationInsideTheSpan() {
    EvalDocument doc = new EvalDocument("d", TEXT, List.of());
    assertThat(doc.trimmed(spanOf("U.S. jobs"))).isEqualTo(spanOf("U.S. jobs"));
  }

  @Test
  void trimsAllPunctuationToAnEmptySpan() {
    EvalDocument doc = new EvalDocument("d", TEXT, List.of());
    CharSpan trimmed = doc.trimmed(spanOf("!\u201d \u00a0"));
    assertThat(trimmed.isProper()).isFalse();
  }

  @Test
  void leavesSpansAsTheyAreWithoutText() {
    EvalDocument doc = new EvalDocument("d", null, List.of());
    assertThat(doc.trimmed(new CharSpan(9, 33))).isEqualTo(new CharSpan(9, 33));
  }

  @Test
  void rejectsSpansReachingBeyondTheText() {
    EvalDocument doc = new EvalDocument("d", "short.", List.of());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> doc.trimmed(new CharSpan(2, 40)))
        .withMessageContaining("document d")
        .withMessageContaining("offset 39");
  }

  @Test
  void leavesReversedSpansAsTheyAre() {
    EvalDocument doc = new EvalDocument("d", TEXT, List.of());
    assertThat(doc.trimmed(new CharSpan(12, 3))).isEqualTo(new CharSpan(12, 3));
  }
}
