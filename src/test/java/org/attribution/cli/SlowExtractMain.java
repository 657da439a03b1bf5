package org.attribution.cli;

import java.util.List;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.testing.QuoteExtraction;

/**
 * The command line with a fake extractor that takes a while per document, run in a child process by
 * {@link KillAndResumeTest} so that the test can kill it midway.
 */
public final class SlowExtractMain {

  /** Time each fake extraction takes. */
  static final long MILLIS_PER_DOCUMENT = 30;

  /**
   * A document whose text holds this word is never done: its worker waits until the process ends.
   */
  static final String HOLD = "HOLD";

  private SlowExtractMain() {}

  public static void main(String[] args) {
    QuoteExtraction quotes = new QuoteExtraction();
    Function<Document, List<Attribution>> slow =
        d -> {
          try {
            Thread.sleep(d.text().contains(HOLD) ? Long.MAX_VALUE : MILLIS_PER_DOCUMENT);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return quotes.apply(d);
        };
    ExtractCommand extract = new ExtractCommand(() -> slow, System.in, System.err);
    System.exit(Main.commandLine(ExtractCommandTest.factory(extract)).execute(args));
  }
}
