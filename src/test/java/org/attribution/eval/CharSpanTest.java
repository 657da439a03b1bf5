package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CharSpanTest {

  @Test
  void iouIsIntersectionOverUnion() {
    assertThat(new CharSpan(4, 22).iou(new CharSpan(0, 20))).isEqualTo(16.0 / 22);
    assertThat(new CharSpan(0, 10).iou(new CharSpan(0, 10))).isEqualTo(1.0);
  }

  @Test
  void iouIsZeroForDisjointAndEmptySpans() {
    assertThat(new CharSpan(0, 5).iou(new CharSpan(7, 9))).isZero();
    assertThat(new CharSpan(3, 3).iou(new CharSpan(3, 3))).isZero();
  }

  @Test
  void reversedSpanOverlapsNothing() {
    CharSpan reversed = new CharSpan(20, 10);
    assertThat(reversed.iou(new CharSpan(0, 30))).isZero();
    assertThat(reversed.iou(reversed)).isZero();
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
    assertThatIllegalArgumentException().isThrownBy(() -> new CharSpan(-1, 4)).withMessageContaining("negative");
  }
}
