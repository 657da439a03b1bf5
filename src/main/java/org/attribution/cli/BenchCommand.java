package org.attribution.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attribution.Profile;
import org.attribution.bench.BenchCorpus;
import org.attribution.bench.BenchTable;
import org.attribution.bench.Benchmark;
import org.attribution.bench.Contender;
import org.attribution.bench.ContenderResult;
import org.attribution.bench.Contenders;
import org.attribution.bench.MachineLoad;
import org.attribution.bench.ThroughputMeter;
import org.attribution.io.JsonFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code bench} command: model load time, heap and throughput of each profile and of two
 * CoreNLP references, measured in one run on the same machine, printed as tables. Exit status 0
 * when every contender ran, 1 when one failed (its row says why), 2 for bad usage or unreadable
 * input.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures model load time, heap and throughput of each profile on 1 thread and on all cores.",
      "Documents and characters per second, beside CoreNLP's tokenize,ssplit alone and CoreNLP's",
      "quote annotator with attribution in the same run. Give the JVM room for the latter:",
      "java -Xmx4g -jar ..."
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {
      "0:every contender was measured",
      "1:a contender failed (its row says why)",
      ExitStatus.FAILED_LINE,
      ExitStatus.BUG_LINE
    })
final class BenchCommand implements Callable<Integer> {

  /** The repository's folder of sample articles, found when bench runs from the repository. */
  private static final Path REPOSITORY_SAMPLES = Path.of("samples");

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description =
          "Folder of .txt articles to measure on (default: samples, when run from the repository).")
  Path samples;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "JSON Lines file (id, text) to measure on as well, plain or gzipped.")
  Path input;

  @Option(
      names = "--profiles",
      split = ",",
      defaultValue = "FAST," + Profile.DEFAULT_NAME,
      paramLabel = "PROFILE",
      description = "Profiles to measure (default: ${DEFAULT-VALUE}).")
  List<Profile> profiles;

  @Option(
      names = "--peer-docs",
      defaultValue = "20",
      paramLabel = "N",
      description =
          "Documents per measurement of CoreNLP's quote attribution, about 2 s each;"
              + " 0 leaves it out (default: ${DEFAULT-VALUE}).")
  int peerDocuments;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description =
          "Folder of trained models to measure instead of the bundled ones, holding those of every"
              + " profile measured (docs/models.md).")
  Path models;

  @Option(names = "--no-corenlp", description = "Leave out both CoreNLP references.")
  boolean noCorenlp;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads of the all-cores measurement (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--warmup",
      defaultValue = "20",
      paramLabel = "N",
      description = "Documents run before measuring on each corpus (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      paramLabel = "S",
      description = "Seconds the warm-up runs at least (default: ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(
      names = "--repeats",
      defaultValue = "3",
      paramLabel = "N",
      description =
          "Measurements of each kind, of which the fastest counts (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(
      names = "--min-docs",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Documents each measurement runs at least, cycling through the corpus; a long run"
              + " shows whether the heap grows (default: ${DEFAULT-VALUE}).")
  int minDocuments;

  @Option(
      names = "--min-seconds",
      defaultValue = "5",
      paramLabel = "S",
      description = "Seconds each measurement runs at least (default: ${DEFAULT-VALUE}).")
  int minSeconds;

  private final PrintStream out;
  private final PrintStream err;
  private final Path defaultSamples;

  BenchCommand() {
    this(System.out, System.err, REPOSITORY_SAMPLES);
  }

  /**
   * @param defaultSamples the folder measured when {@code --samples} is not given
   */
  BenchCommand(PrintStream out, PrintStream err, Path defaultSamples) {
    this.out = out;
    this.err = err;
    this.defaultSamples = defaultSamples;
  }

  @Override
  public Integer call() {
    ExtractCommand.silenceCoreNlpWarnings();
    List<BenchCorpus> corpora = new ArrayList<>();
    Benchmark benchmark;
    Path folder = samples != null ? samples : defaultSamples;
    if (!Files.isDirectory(folder)) {
      err.println(
          samples != null
              ? "bench: --samples " + samples + " is not a folder of .txt articles"
              : "bench: no samples folder here; run bench from the repository, or give --samples DIR (a folder of .txt articles)");
      return ExitStatus.FAILED;
    }
    try {
      corpora.add(BenchCorpus.textFiles(folder));
      if (input != null) {
        corpora.add(BenchCorpus.jsonLines(input, JsonFields.defaults()));
      }
      benchmark =
          new Benchmark(
              new Benchmark.Settings(
                  threads,
                  warmup,
                  Duration.ofSeconds(warmupSeconds),
                  minDocuments,
                  Duration.ofSeconds(minSeconds),
                  repeats),
              ThroughputMeter.system(),
              System::nanoTime,
              err::println);
    } catch (IOException | IllegalArgumentException e) {
      err.println(
          "bench: "
              + (e instanceof IOException io
                  ? "cannot read " + IoMessages.describe(io)
                  : e.getMessage()));
      return ExitStatus.FAILED;
    }
    double loadBefore = MachineLoad.loadAverage();
    List<ContenderResult> results;
    PrintStream stdout = System.out;
    // CoreNLP's quote attribution prints debugging text on standard output; the table goes there.
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    try {
      results = benchmark.run(contenders(), corpora);
    } finally {
      System.setOut(stdout);
    }
    out.println("Machine: " + MachineLoad.describe());
    out.printf(
        Locale.ROOT,
        "Load average (1 min): %.2f at start, %.2f at end%n%n",
        loadBefore,
        MachineLoad.loadAverage());
    out.print(BenchTable.format(results, corpora, ratios(), threads));
    return results.stream().anyMatch(r -> r instanceof ContenderResult.Failed)
        ? ExitStatus.PARTLY
        : ExitStatus.OK;
  }

  private List<Contender> contenders() {
    List<Contender> contenders = new ArrayList<>();
    if (!noCorenlp) {
      contenders.add(Contenders.corenlpTokenize());
    }
    profiles.stream().distinct().map(p -> Contenders.extractor(p, models)).forEach(contenders::add);
    if (!noCorenlp && peerDocuments > 0) {
      contenders.add(Contenders.corenlpQuote(peerDocuments));
    }
    return contenders;
  }

  /** The targets the project holds its profiles to. */
  private static List<BenchTable.Ratio> ratios() {
    return List.of(
        new BenchTable.Ratio(Profile.ACCURATE.name(), Contenders.CORENLP_QUOTE, 10),
        new BenchTable.Ratio(Profile.LEARNED.name(), Contenders.CORENLP_QUOTE, 10),
        new BenchTable.Ratio(Profile.FAST.name(), Contenders.CORENLP_TOKENIZE, 0.25));
  }
}
