package org.attribution.batch;

import java.io.PrintStream;
import java.time.Clock;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar redrawn in place on a terminal: documents done, errors, attributions, docs/s, and
 * the ETA when the total is known, on one line of at most {@link #WIDTH} columns ({@link
 * ProgressLine}).
 *
 * <p>Not thread-safe; the bar redraws itself on its own thread.
 */
public final class TerminalProgress implements Progress {

  /** Columns the line takes: it fits an 80-column terminal, and it is no wider on a wide one. */
  static final int WIDTH = 79;

  private final PrintStream terminal;
  private final Clock clock;
  private ProgressBar bar;
  private long attributions;
  private long errors;

  public TerminalProgress(PrintStream terminal) {
    this(terminal, Clock.systemUTC());
  }

  /** A progress bar whose rate and ETA are timed by {@code clock}. */
  TerminalProgress(PrintStream terminal, Clock clock) {
    this.terminal = terminal;
    this.clock = clock;
  }

  @Override
  public void start(OptionalLong total) {
    bar =
        new ProgressBarBuilder()
            .setInitialMax(total.orElse(-1))
            .setRenderer(new ProgressLine(clock))
            .setConsumer(new ConsoleProgressBarConsumer(terminal, WIDTH))
            .build();
  }

  @Override
  public void skipped() {
    if (bar.getMax() > 0) {
      bar.maxHint(bar.getMax() - 1);
    }
  }

  @Override
  public void written(DocumentResult result) {
    attributions += result.attributions().size();
    errors += result.error().isPresent() ? 1 : 0;
    bar.setExtraMessage(ProgressLine.counts(attributions, errors));
    bar.step();
  }

  @Override
  public void warn(String message) {
    terminal.println();
    terminal.println("warning: " + TerminalText.escape(message));
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
