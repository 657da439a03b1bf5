package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCoverageTest {

  @Test
  void namesTheFirstThreeDocumentsEachSideLacks() {
    DocumentCoverage coverage =
        new DocumentCoverage(List.of("p1", "p2", "p3", "p4"), List.of("g1", "g2"));

    assertThat(coverage.lines())
        .containsExactly(
            "4 predicted documents have no gold and are not scored (p1, p2, p3, ...)",
            "2 gold documents have no prediction; their attributions count as missed (g1, g2)");
  }

  @Test
  void saysNothingWhenBothSidesHaveTheSameDocuments() {
    assertThat(new DocumentCoverage(List.of(), List.of()).lines()).isEmpty();
  }
}
