package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

  @Test
  void returnsTheResultOfWorkWithinTheLimit() throws TimeoutException {
    assertThat(TimeLimit.call(() -> "done", Duration.ofSeconds(5))).isEqualTo("done");
  }

  @Test
  void zeroLimitRunsOnTheCallingThread() throws TimeoutException {
    Thread caller = Thread.currentThread();

    assertThat(TimeLimit.call(Thread::currentThread, Duration.ZERO)).isSameAs(caller);
  }

  @Test
  void rethrowsWhatTheWorkThrows() {
    assertThatThrownBy(
            () -> TimeLimit.call(() -> { throw new IllegalArgumentException("bad text"); }, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad text");
  }

  @Test
  void interruptsWorkPastTheLimit() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);

    assertThatThrownBy(
            () ->
                TimeLimit.call(
                    () -> {
                      try {
                        Thread.sleep(60_000);
                      } catch (InterruptedException e) {
                        interrupted.countDown();
                      }
                      return null;
                    },
                    Duration.ofMillis(100)))
        .isInstanceOf(TimeoutException.class);
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
  }
}
