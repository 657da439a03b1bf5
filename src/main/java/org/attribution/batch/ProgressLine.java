package org.attribution.batch;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

/**
 * Draws the progress line within the width it is given, most important first, so that nothing that
 * matters is cut: documents done (of the total, when known), errors, attributions, the rate (once a
 * second has passed, so that it never reads {@code 0.0/s}), the ETA or the elapsed time. A bar
 * leads when the total is known and there is room for it; the least important parts are left out
 * when there is not.
 *
 * <pre>
 * [#####.......]  1,234/5,000 docs  0 errors  4,567 attributions  12.3/s  ETA 0:05:12
 * </pre>
 *
 * <p>The attribution and error counts come from the progress bar's extra message (see {@link
 * #counts}). Thread-safe: it keeps no state of its own.
 */
final class ProgressLine implements ProgressBarRenderer {

  private static final int MIN_BAR = 10;
  private static final int MAX_BAR = 30;
  private static final String GAP = "  ";

  private final Clock clock;

  ProgressLine(Clock clock) {
    this.clock = clock;
  }

  /** The extra message that carries the counts the line shows after the documents. */
  static String counts(long attributions, long errors) {
    return String.format(
        Locale.ROOT,
        "%,d %s%s%,d attributions",
        errors,
        errors == 1 ? "error" : "errors",
        GAP,
        attributions);
  }

  @Override
  public String render(ProgressState state, int maxLength) {
    boolean known = !state.isIndefinite() && state.getMax() > 0;
    long done = state.getCurrent();
    Duration elapsed = Duration.between(state.getStartInstant(), clock.instant());
    List<String> parts = new ArrayList<>();
    parts.add(
        known
            ? String.format(Locale.ROOT, "%,d/%,d docs", done, state.getMax())
            : String.format(Locale.ROOT, "%,d docs", done));
    if (!state.getExtraMessage().isEmpty()) {
      parts.add(state.getExtraMessage().strip());
    }
    if (elapsed.getSeconds() >= 1) {
      double rate = (done - state.getStart()) / (elapsed.toMillis() / 1000.0);
      parts.add(String.format(Locale.ROOT, rate < 100 ? "%.1f/s" : "%,.0f/s", rate));
      if (known && done > state.getStart() && done < state.getMax()) {
        long left = (long) ((state.getMax() - done) / rate);
        parts.add("ETA " + clockTime(Duration.ofSeconds(left)));
      } else if (!known) {
        parts.add(clockTime(elapsed));
      }
    }
    String line = fit(parts, maxLength);
    int room = maxLength - line.length() - GAP.length() - 2;
    if (known && room >= MIN_BAR) {
      line = bar(state.getCurrent(), state.getMax(), Math.min(room, MAX_BAR)) + GAP + line;
    }
    return line;
  }

  /** The parts joined, leaving out the last ones while they do not fit. */
  private static String fit(List<String> parts, int maxLength) {
    String line = String.join(GAP, parts);
    for (int n = parts.size() - 1; n > 1 && line.length() > maxLength; n--) {
      line = String.join(GAP, parts.subList(0, n));
    }
    return line;
  }

  private static String bar(long done, long max, int width) {
    int filled = (int) Math.min(width, done * width / max);
    return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
  }

  private static String clockTime(Duration d) {
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }
}
