package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrecisionRecallTest {

  @Test
  void combinesPrecisionAndRecallByHarmonicMean() {
    PrecisionRecall s = PrecisionRecall.of(3, 4, 6);

    assertThat(s.precision()).isEqualTo(0.75);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isEqualTo(2 * 0.75 * 0.5 / 1.25);
  }

  @Test
  void scoresZeroWhenADenominatorIsZero() {
    assertThat(PrecisionRecall.of(0, 0, 5)).isEqualTo(new PrecisionRecall(0.0, 0.0, 0.0));
    assertThat(PrecisionRecall.of(0, 5, 0)).isEqualTo(new PrecisionRecall(0.0, 0.0, 0.0));
  }
}
