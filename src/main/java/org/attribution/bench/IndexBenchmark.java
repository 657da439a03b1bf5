package org.attribution.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.attribution.index.Occurrence;
import org.attribution.index.Quote;
import org.attribution.index.QuoteIndex;
import org.attribution.index.QuoteJson;

/**
 * Measures the quote index on a synthetic archive ({@link SyntheticQuotes}): the time to read the
 * extraction output, group it and write the quotations, and the heap it takes.
 *
 * <pre>
 * java -Xmx2g -cp target/attribution-extractor.jar org.attribution.bench.IndexBenchmark [OCCURRENCES [SEED]]
 * </pre>
 *
 * <p>Writing the synthetic archive to a temporary file is not timed; reading it back is. The
 * figures are one run's: run it on an otherwise idle machine.
 */
public final class IndexBenchmark {

  private IndexBenchmark() {}

  public static void main(String[] args) throws IOException {
    ArchiveBenchmark.main("index-bench", args, IndexBenchmark::index);
  }

  static ArchiveBenchmark.Index index(List<Occurrence> read) {
    List<Quote> quotes = QuoteIndex.of(read);
    long repeated = quotes.stream().filter(q -> q.count() > 1).count();
    return new ArchiveBenchmark.Index(
        quotes,
        String.format(
            Locale.ROOT,
            "Quotations: %,d, of them %,d repeated; the largest occurs %,d times",
            quotes.size(),
            repeated,
            quotes.isEmpty() ? 0 : quotes.get(0).count()),
        writer -> QuoteJson.write(quotes, writer));
  }
}
