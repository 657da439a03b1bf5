package org.attribution.batch;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar redrawn in place on a terminal: documents done, docs/s, attributions and errors,
 * and the ETA when the total is known.
 *
 * <p>Not thread-safe; the bar redraws itself on its own thread.
 */
public final class TerminalProgress implements Progress {

  private final PrintStream terminal;
  private ProgressBar bar;
  private long attributions;
  private long errors;

  public TerminalProgress(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public void start(OptionalLong total) {
    bar = new ProgressBarBuilder()
        // Short labels, so that the counts still fit an 80-column terminal.
        .setTaskName("Documents")
        .setInitialMax(total.orElse(-1))
        .showSpeed()
        .setSpeedUnit(ChronoUnit.SECONDS)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(terminal))
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
    bar.setExtraMessage(String.format(Locale.ROOT, " %,d attributions, %,d errors", attributions, errors));
    bar.step();
  }

  @Override
  public void warn(String message) {
    terminal.println();
    terminal.println("warning: " + message);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
