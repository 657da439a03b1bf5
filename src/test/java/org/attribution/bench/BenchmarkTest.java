package org.attribution.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

  private static final BenchCorpus SHORT = new BenchCorpus("short", List.of("ab", "cd"));
  private static final BenchCorpus LONG = new BenchCorpus("long", List.of("abcdef"));

  private final AtomicLong nanos = new AtomicLong();
  private final List<String> log = new ArrayList<>();

  private Benchmark benchmark(int warmup, int repeats) {
    return new Benchmark(
        new Benchmark.Settings(2, warmup, Duration.ZERO, 0, Duration.ZERO, repeats),
        new ThroughputMeter(nanos::incrementAndGet, () -> 0),
        nanos::get,
        log::add);
  }

  @Test
  void measuresEveryContenderOnEveryCorpus() {
    List<ContenderResult> results =
        benchmark(0, 1)
            .run(
                List.of(
                    Contender.unlimited("one", () -> text -> {}),
                    Contender.unlimited("two", () -> text -> {})),
                List.of(SHORT, LONG));

    assertThat(results).extracting(ContenderResult::contender).containsExactly("one", "two");
    ContenderResult.Measured one = (ContenderResult.Measured) results.get(0);
    assertThat(one.corpora())
        .extracting(ContenderResult.CorpusThroughput::corpus)
        .containsExactly("short", "long");
    assertThat(one.corpora().get(0).single().documents()).isEqualTo(2);
    assertThat(one.corpora().get(0).single().threads()).isEqualTo(1);
    assertThat(one.corpora().get(0).parallel().threads()).isEqualTo(2);
    assertThat(one.peak()).isPositive();
  }

  @Test
  void timesLoadingOnItsClock() {
    List<ContenderResult> results =
        benchmark(0, 1)
            .run(
                List.of(
                    Contender.unlimited(
                        "slow",
                        () -> {
                          nanos.addAndGet(3_000_000_000L);
                          return text -> {};
                        })),
                List.of(SHORT));

    assertThat(((ContenderResult.Measured) results.get(0)).loadSeconds()).isEqualTo(3.0);
  }

  @Test
  void warmsUpAndRepeatsWithinTheContendersCap() {
    AtomicInteger runs = new AtomicInteger();

    benchmark(5, 3)
        .run(
            List.of(new Contender("capped", () -> text -> runs.incrementAndGet(), 1)),
            List.of(SHORT));

    // one warm-up document, then three repeats on one thread and three on two, one document each
    assertThat(runs).hasValue(7);
  }

  @Test
  void keepsTheOthersWhenOneContenderFails() {
    List<ContenderResult> results =
        benchmark(0, 1)
            .run(
                List.of(
                    Contender.unlimited(
                        "broken",
                        () -> {
                          throw new IllegalStateException("no model");
                        }),
                    Contender.unlimited("fine", () -> text -> {})),
                List.of(SHORT));

    assertThat(results.get(0)).isInstanceOf(ContenderResult.Failed.class);
    assertThat(((ContenderResult.Failed) results.get(0)).reason()).contains("no model");
    assertThat(results.get(1)).isInstanceOf(ContenderResult.Measured.class);
    assertThat(log).anyMatch(line -> line.contains("broken failed"));
  }
}
