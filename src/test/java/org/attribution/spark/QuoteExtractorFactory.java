package org.attribution.spark;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.testing.QuoteExtraction;

/**
 * A stand-in for CoreNLP in Spark tests: the quotes of {@link QuoteExtraction}, except that a text
 * containing {@code FAIL} makes the extractor throw, and one containing {@code SLOW} makes it take
 * a minute. Counts how often it is built, and keeps the options it was last built with.
 */
public final class QuoteExtractorFactory implements ExtractorFactory {

  static final AtomicInteger BUILDS = new AtomicInteger();

  /** The options of the last build, as an executor received them. */
  static final AtomicReference<SparkExtractionOptions> LAST_OPTIONS = new AtomicReference<>();

  private static final QuoteExtraction QUOTES = new QuoteExtraction();

  public QuoteExtractorFactory() {}

  @Override
  public Function<Document, List<Attribution>> create(SparkExtractionOptions options) {
    BUILDS.incrementAndGet();
    LAST_OPTIONS.set(options);
    return QuoteExtractorFactory::extract;
  }

  /** What the built function returns for {@code doc}, for tests to compare with. */
  static List<Attribution> extract(Document doc) {
    if (doc.text().contains("FAIL")) {
      throw new IllegalStateException("cannot parse " + doc.id());
    }
    if (doc.text().contains("SLOW")) {
      sleepAMinute();
    }
    return QUOTES.apply(doc);
  }

  private static void sleepAMinute() {
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
