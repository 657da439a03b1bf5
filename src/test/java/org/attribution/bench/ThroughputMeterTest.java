package org.attribution.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThroughputMeterTest {

  private static final BenchCorpus CORPUS = new BenchCorpus("three", List.of("a", "bb", "ccc"));

  /** A clock that moves one second each time it is read. */
  private final AtomicLong seconds = new AtomicLong();

  private final ThroughputMeter meter =
      new ThroughputMeter(() -> seconds.getAndIncrement() * 1_000_000_000L, () -> 0);

  @Test
  void runsTheMinimumDocumentsCyclingThroughTheCorpus() {
    Queue<String> seen = new ConcurrentLinkedQueue<>();

    Throughput t = meter.measure(seen::add, CORPUS, new ThroughputMeter.Plan(1, 5, 100, 0));

    assertThat(seen).containsExactly("a", "bb", "ccc", "a", "bb");
    assertThat(t.documents()).isEqualTo(5);
    assertThat(t.characters()).isEqualTo(9);
  }

  @Test
  void keepsRunningUntilTheMinimumTimeHasPassed() {
    Queue<String> seen = new ConcurrentLinkedQueue<>();

    meter.measure(seen::add, CORPUS, new ThroughputMeter.Plan(1, 1, 100, 4_000_000_000L));

    // the fake clock moves a second per check: documents start at 1, 2 and 3 s; at 4 s time is up
    assertThat(seen).containsExactly("a", "bb", "ccc");
  }

  @Test
  void stopsAtTheMaximumDocumentsWhateverTheTime() {
    Queue<String> seen = new ConcurrentLinkedQueue<>();

    Throughput t =
        meter.measure(seen::add, CORPUS, new ThroughputMeter.Plan(1, 10, 2, Long.MAX_VALUE));

    assertThat(seen).hasSize(2);
    assertThat(t.documents()).isEqualTo(2);
  }

  @Test
  void sharesTheDocumentsAmongThreads() {
    Queue<String> threads = new ConcurrentLinkedQueue<>();
    ThroughputMeter real = ThroughputMeter.system();

    CyclicBarrier pairs = new CyclicBarrier(2); // each document waits for one on the other thread

    Throughput t =
        real.measure(
            text -> {
              threads.add(Thread.currentThread().getName());
              meet(pairs);
            },
            CORPUS,
            new ThroughputMeter.Plan(2, 20, 20, 0));

    assertThat(t.documents()).isEqualTo(20);
    assertThat(t.threads()).isEqualTo(2);
    assertThat(threads).hasSize(20);
    assertThat(threads.stream().distinct()).hasSize(2);
  }

  @Test
  void measuresRatesFromWallClockAndProcessorTime() {
    ThroughputMeter cpu =
        new ThroughputMeter(
            () -> seconds.getAndIncrement() * 1_000_000_000L, new AtomicLong()::incrementAndGet);

    Throughput t = cpu.measure(text -> {}, CORPUS, new ThroughputMeter.Plan(1, 3, 3, 0));

    assertThat(t.seconds()).isGreaterThan(0);
    assertThat(t.documentsPerSecond()).isEqualTo(3 / t.seconds());
    assertThat(t.charactersPerSecond()).isEqualTo(6 / t.seconds());
    assertThat(t.cpuSeconds()).isEqualTo(1e-9);
  }

  @Test
  void reportsProcessorTimeAsUnknownWhereTheJvmCannotMeasureIt() {
    ThroughputMeter blind = new ThroughputMeter(System::nanoTime, () -> -1);

    assertThat(blind.measure(text -> {}, CORPUS, new ThroughputMeter.Plan(1, 3, 3, 0)).cpuSeconds())
        .isNaN();
  }

  @Test
  void namesTheCorpusWhenTheProcessorFails() {
    assertThatThrownBy(
            () ->
                meter.measure(
                    text -> {
                      throw new IllegalArgumentException("bad text");
                    },
                    CORPUS,
                    new ThroughputMeter.Plan(1, 3, 3, 0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("three")
        .hasRootCauseMessage("bad text");
  }

  /**
   * Waits for the other thread at {@code barrier}; the time limit only turns a meter that never
   * starts the second thread into a failure instead of a hang.
   */
  private static void meet(CyclicBarrier barrier) {
    try {
      barrier.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("the other thread never came", e);
    }
  }
}
