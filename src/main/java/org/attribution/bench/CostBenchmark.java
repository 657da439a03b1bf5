package org.attribution.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.attribution.AttributionExtractor;
import org.attribution.Profile;

/**
 * Measures what one document costs as it grows: the processor time of one extraction, per profile
 * and kind of text ({@link CostTexts.Kind}), at 12,500 characters and doubling up to a maximum, and
 * prints characters per CPU-second. Time that grows linearly with the text shows as a flat
 * chars/CPU-s column.
 *
 * <pre>
 * java -Xmx4g -cp target/attribution-extractor.jar org.attribution.bench.CostBenchmark \
 *     [MAX_CHARS [PROFILES [KINDS [SAMPLES_DIR]]]]
 * java -Xmx4g -cp target/attribution-extractor.jar org.attribution.bench.CostBenchmark 200000 ACCURATE
 * java -Xmx4g -cp target/attribution-extractor.jar org.attribution.bench.CostBenchmark \
 *     100000 LEARNED slashes,binary
 * </pre>
 *
 * <p>Defaults: 1,000,000 characters (the library's limit), {@code FAST,ACCURATE}, every kind, and
 * {@code samples} (the articles news is built from). Each extraction runs once, on the calling
 * thread, after a warm-up on one text of each kind at the smallest size; its time is that thread's
 * processor time, which other processes on the machine do not inflate (the garbage collector's
 * threads are not counted). Not a test: it has no limit and no expected figure.
 */
public final class CostBenchmark {

  static final int SMALLEST = 12_500;
  private static final long SEED = 16;

  private CostBenchmark() {}

  public static void main(String[] args) throws IOException {
    int max =
        args.length > 0
            ? Integer.parseInt(args[0].replace("_", "").replace(",", ""))
            : AttributionExtractor.MAX_TEXT_LENGTH;
    List<Profile> profiles =
        args.length > 1 ? parse(args[1], Profile::valueOf) : List.of(Profile.FAST, Profile.DEFAULT);
    List<CostTexts.Kind> kinds =
        args.length > 2
            ? parse(args[2], CostTexts.Kind::valueOf)
            : List.of(CostTexts.Kind.values());
    Path samples = Path.of(args.length > 3 ? args[3] : "samples");
    run(
        max,
        profiles,
        kinds,
        new CostTexts(BenchCorpus.textFiles(samples).texts(), SEED),
        System.out);
  }

  static void run(
      int max,
      List<Profile> profiles,
      List<CostTexts.Kind> kinds,
      CostTexts texts,
      PrintStream out) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    out.println("Machine: " + MachineLoad.describe());
    out.printf(Locale.ROOT, "Load average (1 min): %.2f at start%n", MachineLoad.loadAverage());
    out.printf(
        Locale.ROOT,
        "%-9s %-18s %10s %10s %12s %13s%n",
        "profile",
        "kind",
        "chars",
        "CPU-s",
        "chars/CPU-s",
        "attributions");
    for (Profile profile : profiles) {
      AttributionExtractor extractor = AttributionExtractor.builder().profile(profile).build();
      for (CostTexts.Kind kind : kinds) {
        extractor.extractFromText(kind.text(SMALLEST, texts)); // warm-up
      }
      for (CostTexts.Kind kind : kinds) {
        for (int length : lengths(max)) {
          String text = kind.text(length, texts);
          long start = threads.getCurrentThreadCpuTime();
          int found = extractor.extractFromText(text).size();
          double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
          out.printf(
              Locale.ROOT,
              "%-9s %-18s %,10d %10.2f %,12.0f %,13d%n",
              profile,
              kind.name().toLowerCase(Locale.ROOT),
              length,
              seconds,
              length / seconds,
              found);
        }
      }
    }
    out.printf(Locale.ROOT, "Load average (1 min): %.2f at end%n", MachineLoad.loadAverage());
  }

  /** 12,500 characters, doubling, then {@code max} itself. */
  static List<Integer> lengths(int max) {
    List<Integer> lengths = new ArrayList<>();
    for (int length = SMALLEST; length < max; length *= 2) {
      lengths.add(length);
    }
    lengths.add(max);
    return lengths;
  }

  private static <T> List<T> parse(String list, java.util.function.Function<String, T> value) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .map(s -> value.apply(s.toUpperCase(Locale.ROOT)))
        .toList();
  }
}
