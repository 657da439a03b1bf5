package org.attribution.batch;

import java.time.Duration;
import java.util.Locale;

/**
 * What a batch did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documents documents written by this run, errors included
 * @param skipped documents already complete in the output of an earlier run ({@code --resume})
 * @param attributions attributions written by this run
 * @param errors documents written with an error record
 */
public record BatchSummary(
    long documents, long skipped, long attributions, long errors, Duration elapsed) {

  /** Documents per second over the run. */
  public double throughput() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? documents / seconds : 0;
  }

  /** One line for people: counts, elapsed time and throughput. */
  public String describe() {
    long s = elapsed.toSeconds();
    return String.format(
        Locale.ROOT,
        "%,d documents%s, %,d attributions, %,d errors in %d:%02d:%02d (%.1f docs/s)",
        documents,
        skipped > 0 ? String.format(Locale.ROOT, " (%,d already done)", skipped) : "",
        attributions,
        errors,
        s / 3600,
        s / 60 % 60,
        s % 60,
        throughput());
  }
}
