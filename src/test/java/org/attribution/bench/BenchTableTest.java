package org.attribution.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {

  private static final BenchCorpus CORPUS = new BenchCorpus("news", List.of("0123456789"));

  private static ContenderResult measured(String name, double seconds) {
    Throughput single = new Throughput(1, 10, 100, seconds, seconds);
    Throughput parallel = new Throughput(2, 10, 100, seconds / 1.9, seconds);
    return new ContenderResult.Measured(
        name,
        1.5,
        100L << 20,
        101L << 20,
        300L << 20,
        List.of(new ContenderResult.CorpusThroughput("news", single, parallel)));
  }

  @Test
  void printsLoadTimeHeapAndThroughputOfEachContender() {
    String table = BenchTable.format(List.of(measured("FAST", 2)), List.of(CORPUS), List.of(), 2);

    assertThat(table).containsPattern("FAST +1\\.5 +100 +101 +300");
    assertThat(table).contains("Throughput on news (1 documents, 10 characters)");
    assertThat(table).containsPattern("FAST +5\\.00 +50 +50 +10 +9\\.50 +95 +10 +1\\.90x +1\\.00");
  }

  @Test
  void saysWhetherEachRatioMeetsItsTarget() {
    List<ContenderResult> results = List.of(measured("fast", 1), measured("slow", 4));

    String table =
        BenchTable.format(
            results,
            List.of(CORPUS),
            List.of(
                new BenchTable.Ratio("fast", "slow", 3), new BenchTable.Ratio("slow", "fast", 1)),
            2);

    assertThat(table).contains("fast / slow on news: 4.00x, 4.00x in CPU time (target 3.00x: met)");
    assertThat(table)
        .contains("slow / fast on news: 0.25x, 0.25x in CPU time (target 1.00x: missed)");
  }

  @Test
  void showsWhyAContenderFailedAndLeavesOutItsRatios() {
    List<ContenderResult> results =
        List.of(measured("fast", 1), new ContenderResult.Failed("peer", "out of heap"));

    String table =
        BenchTable.format(
            results, List.of(CORPUS), List.of(new BenchTable.Ratio("fast", "peer", 1)), 2);

    assertThat(table).contains("peer").contains("failed: out of heap");
    assertThat(table).doesNotContain("fast / peer");
  }
}
