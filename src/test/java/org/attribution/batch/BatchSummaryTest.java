package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

  @Test
  void describesCountsElapsedTimeAndThroughput() {
    BatchSummary summary = new BatchSummary(12_345, 0, 23_456, 7, Duration.ofSeconds(3_725));

    assertThat(summary.describe())
        .isEqualTo("12,345 documents, 23,456 attributions, 7 errors in 1:02:05 (3.3 docs/s)");
  }

  @Test
  void mentionsDocumentsAlreadyDoneWhenResuming() {
    BatchSummary summary = new BatchSummary(10, 1_000, 0, 0, Duration.ofSeconds(5));

    assertThat(summary.describe()).startsWith("10 documents (1,000 already done), ");
  }
}
