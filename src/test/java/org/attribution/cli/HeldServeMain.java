package org.attribution.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.testing.QuoteExtraction;

/**
 * The command line with a stand-in extractor whose documents holding {@link #HOLD} take {@link
 * #HOLD_MILLIS}, each saying on standard output when it starts; run in a child process by {@link
 * ServeCommandTest} so that the test can stop it with a signal while a request is in flight.
 */
public final class HeldServeMain {

  static final String HOLD = "HOLD";
  static final long HOLD_MILLIS = 1_500;
  static final String HOLDING = "holding a document";

  private HeldServeMain() {}

  public static void main(String[] args) {
    QuoteExtraction quotes = new QuoteExtraction();
    Function<Document, List<Attribution>> held =
        d -> {
          if (d.text().contains(HOLD)) {
            System.out.println(HOLDING);
            System.out.flush();
            try {
              new CountDownLatch(1).await(HOLD_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return quotes.apply(d);
        };
    ServeCommand serve = new ServeCommand(p -> held, System.out, System.err);
    System.exit(Main.commandLine(ServeCommandTest.factory(serve)).execute(args));
  }
}
