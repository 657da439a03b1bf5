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
import java.util.function.Function;
import org.attribution.index.IndexFields;
import org.attribution.index.Occurrence;
import org.attribution.index.OccurrenceReader;

/**
 * What the index benchmarks share: a synthetic archive ({@link SyntheticQuotes}) written to a
 * temporary file (not timed), then the time to read it, index it and write the index, the processor
 * time and the heap it takes, printed line by line.
 *
 * <p>Stateless and thread-safe.
 */
final class ArchiveBenchmark {

  /** What an index writes its lines with. */
  interface Lines {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * An index built: the value that holds it (kept alive while the live heap is measured), a line
   * that sums it up, and how to write it.
   */
  record Index(Object held, String summary, Lines lines) {}

  private ArchiveBenchmark() {}

  /**
   * The main method of a benchmark: reads {@code [OCCURRENCES [SEED]]} from {@code args} (default
   * 1,000,000 and 14) and measures {@code index}, printing to standard output.
   */
  static void main(String name, String[] args, Function<List<Occurrence>, Index> index)
      throws IOException {
    int occurrences = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 14;
    run(name, occurrences, seed, System.out, index);
  }

  /** Measures {@code index} on an archive of {@code occurrences} made with {@code seed}. */
  static void run(
      String name,
      int occurrences,
      long seed,
      PrintStream out,
      Function<List<Occurrence>, Index> index)
      throws IOException {
    Path dir = Files.createTempDirectory(name);
    Path archive = dir.resolve("archive.jsonl");
    Path indexFile = dir.resolve("index.jsonl");
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
        Index built = index.apply(read.occurrences());
        long indexed = System.nanoTime();
        try (Writer writer = Files.newBufferedWriter(indexFile, StandardCharsets.UTF_8)) {
          built.lines().writeTo(writer);
        }
        long written = System.nanoTime();
        long cpu = processCpuNanos() - cpuStart;
        long peak = heap.peakBytes();
        out.println(built.summary());
        out.printf(
            Locale.ROOT,
            "Time: read %.1f s, index %.1f s, write %.1f s, total %.1f s%n",
            seconds(readDone - start),
            seconds(indexed - readDone),
            seconds(written - indexed),
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
        Reference.reachabilityFence(built);
        out.printf(Locale.ROOT, "Load average (1 min): %.2f at end%n", MachineLoad.loadAverage());
      }
    } finally {
      Files.deleteIfExists(archive);
      Files.deleteIfExists(indexFile);
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
