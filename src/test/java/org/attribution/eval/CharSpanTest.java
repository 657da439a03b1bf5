package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharSpanTest {

  private static double iou(CharSpan a, CharSpan b) {
    return CharSpan.iou(List.of(a), List.of(b));
  }

  @Test
  void iouIsIntersectionOverUnion() {
    assertThat(iou(new CharSpan(4, 22), new CharSpan(0, 20))).isEqualTo(16.0 / 22);
    assertThat(iou(new CharSpan(0, 10), new CharSpan(0, 10))).isEqualTo(1.0);
  }

  @Test
  void iouOfPartsCountsTheCharactersTheyCover() {
    // parts [0, 4) and [10, 14) against the hull [0, 14): 8 of 14 characters
    assertThat(
            CharSpan.iou(
                List.of(new CharSpan(0, 4), new CharSpan(10, 14)), List.of(new CharSpan(0, 14))))
        .isEqualTo(8.0 / 14);
  }

  @Test
  void iouIsZeroForDisjointAndEmptySpans() {
    assertThat(iou(new CharSpan(0, 5), new CharSpan(7, 9))).isZero();
    assertThat(iou(new CharSpan(3, 3), new CharSpan(3, 3))).isZero();
  }

  @Test
  void reversedSpanOverlapsNothing() {
    CharSpan reversed = new CharSpan(20, 10);
    assertThat(iou(reversed, new CharSpan(0, 30))).isZero();
    assertThat(iou(reversed, reversed)).isZero();
    assertThat(reversed.overlaps(new CharSpan(0, 30))).isFalse();
    assertThat(reversed.isProper()).isFalse();
  }

  @Test
  void touchingSpansDoNotOverlap() {
    assertThat(new CharSpan(0, 5).overlaps(new CharSpan(5, 9))).isFalse();
    assertThat(new CharSpan(0, 6).overlaps(new CharSpan(5, 9))).isTrue();
  }

  @Test
  void rejectsNegativeOffsets() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CharSpan(-1, 4))
        .withMessageContaining("negative");
  }
}
