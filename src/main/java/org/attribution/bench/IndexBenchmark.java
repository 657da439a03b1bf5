package org.attribution.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attribution.index.IndexFields;
import org.attribution.index.OccurrenceReader;
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
    int occurrences = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 14;
    run(occurrences, seed, System.out);
  }

  static void run(int occurrences, long seed, PrintStream out) throws IOException {
    Path dir = Files.createTempDirectory("index-bench");
    Path archive = dir.resolve("archive.jsonl");
    Path quotesFile = dir.resolve("quotes.jsonl");
    try {
      try (Writer writer = Files.newBufferedWriter(archive, StandardCharsets.UTF_8)) {
        new SyntheticQuotes(seed).write(occurrences, writer);
      }
      out.println("Machine: " + MachineLoad.describe());
      out.printf(Locale.ROOT, "Load average (1 min): %.2f at start%n", MachineLoad.loadAverage());
      out.printf(
          Locale.ROOT,
          "Archive: %,d synthetic occurrences, %,d MB of JSON Lines%n",
          occurrences,
          Files.size(archive) >> 20);
      try (HeapGauge heap = HeapGauge.open()) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        OccurrenceReader.Result read =
            OccurrenceReader.read(List.of(archive), IndexFields.defaults(), out::println);
        long readDone = System.nanoTime();
        List<Quote> quotes = QuoteIndex.of(read.occurrences());
        long grouped = System.nanoTime();
        try (Writer writer = Files.newBufferedWriter(quotesFile, StandardCharsets.UTF_8)) {
          QuoteJson.write(quotes, writer);
        }
        long written = System.nanoTime();
        long cpu = processCpuNanos() - cpuStart;
        long peak = heap.peakBytes();
        long repeated = quotes.stream().filter(q -> q.count() > 1).count();
        out.printf(
            Locale.ROOT,
            "Quotations: %,d, of them %,d repeated; the largest occurs %,d times%n",
            quotes.size(),
            repeated,
            quotes.isEmpty() ? 0 : quotes.get(0).count());
        out.printf(
            Locale.ROOT,
            "Time: read %.1f s, group %.1f s, write %.1f s, total %.1f s%n",
            seconds(readDone - start),
            seconds(grouped - readDone),
            seconds(written - grouped),
            seconds(written - start));
        out.printf(
            Locale.ROOT,
            "Processor time of the JVM (all threads, collector included): %.1f s%n",
            seconds(cpu));
        out.printf(
            Locale.ROOT,
            "Heap: peak %,d MB in use, %,d MB live with the index held, max %,d MB%n",
            peak >> 20,
            HeapGauge.liveBytes() >> 20,
            HeapGauge.maxBytes() >> 20);
        // The live heap above is measured with the index still held.
        Reference.reachabilityFence(quotes);
        out.printf(Locale.ROOT, "Load average (1 min): %.2f at end%n", MachineLoad.loadAverage());
      }
    } finally {
      Files.deleteIfExists(archive);
      Files.deleteIfExists(quotesFile);
      Files.deleteIfExists(dir);
    }
  }

  /** Processor time of the whole JVM, which other processes on a busy machine do not inflate. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
