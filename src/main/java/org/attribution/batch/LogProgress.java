package org.attribution.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines at a fixed interval, for logs and redirected error streams where a
 * redrawn bar would be noise.
 *
 * <p>Not thread-safe.
 */
public final class LogProgress implements Progress {

  private final PrintStream log;
  private final long intervalNanos;
  private final LongSupplier clock;
  private long startNanos;
  private long lastNanos;
  private OptionalLong remaining = OptionalLong.empty();
  private long documents;
  private long attributions;
  private long errors;

  /**
   * @param clock a nanosecond clock such as {@link System#nanoTime}, replaceable in tests
   */
  public LogProgress(PrintStream log, Duration interval, LongSupplier clock) {
    this.log = log;
    this.intervalNanos = interval.toNanos();
    this.clock = clock;
  }

  @Override
  public void start(OptionalLong total) {
    startNanos = clock.getAsLong();
    lastNanos = startNanos;
    remaining = total;
  }

  @Override
  public void skipped() {
    if (remaining.isPresent()) {
      remaining = OptionalLong.of(remaining.getAsLong() - 1);
    }
  }

  @Override
  public void written(DocumentResult result) {
    documents++;
    attributions += result.attributions().size();
    errors += result.error().isPresent() ? 1 : 0;
    long now = clock.getAsLong();
    if (now - lastNanos >= intervalNanos) {
      lastNanos = now;
      log.println(line(now));
    }
  }

  @Override
  public void warn(String message) {
    log.println("warning: " + TerminalText.escape(message));
  }

  @Override
  public void close() {}

  private String line(long now) {
    double seconds = (now - startNanos) / 1e9;
    double rate = seconds > 0 ? documents / seconds : 0;
    String of =
        remaining.isPresent() ? String.format(Locale.ROOT, " of %,d", remaining.getAsLong()) : "";
    String eta = "";
    if (remaining.isPresent() && rate > 0) {
      long left = Math.round((remaining.getAsLong() - documents) / rate);
      eta =
          String.format(Locale.ROOT, ", ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60);
    }
    return String.format(
        Locale.ROOT,
        "%,d%s documents, %,d attributions, %,d errors, %.1f docs/s%s",
        documents,
        of,
        attributions,
        errors,
        rate,
        eta);
  }
}
