package org.attribution.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Document;
import org.attribution.Span;

/**
 * A stand-in for CoreNLP in Spark tests: every {@code "..."} is a direct attribution, a text
 * containing {@code FAIL} makes the extractor throw, and one containing {@code SLOW} makes it take a
 * minute. Counts how often it is built.
 */
public final class QuoteExtractorFactory implements ExtractorFactory {

  static final AtomicInteger BUILDS = new AtomicInteger();
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"");

  public QuoteExtractorFactory() {}

  @Override
  public Function<Document, List<Attribution>> create(SparkExtractionOptions options) {
    BUILDS.incrementAndGet();
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
    List<Attribution> found = new ArrayList<>();
    Matcher m = QUOTE.matcher(doc.text());
    while (m.find()) {
      found.add(
          Attribution.builder(AttributionType.DIRECT, m.group(1), Span.of(m.start(1), m.end(1)))
              .confidence(0.5)
              .sentence(found.size())
              .build());
    }
    return found;
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
