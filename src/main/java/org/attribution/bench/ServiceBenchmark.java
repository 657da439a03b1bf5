package org.attribution.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.batch.BatchOptions;
import org.attribution.batch.BatchRunner;
import org.attribution.batch.BatchSummary;
import org.attribution.batch.CompletedIds;
import org.attribution.batch.JsonLinesSink;
import org.attribution.batch.OutputFile;
import org.attribution.batch.Progress;
import org.attribution.io.AttributionJson;
import org.attribution.io.JsonFields;
import org.attribution.io.JsonLinesSource;
import org.attribution.serve.AttributionService;
import org.attribution.serve.ServiceOptions;

/**
 * Loads the HTTP service on loopback and compares it with the batch: for each profile, the
 * documents per second of {@code extract}'s batch runner on all processors, then the requests per
 * second and latency percentiles of the service at 1, 2 and 8 concurrent clients posting the
 * corpus's texts one request each, and the peak heap of this JVM (service, clients and extractor
 * together).
 *
 * <pre>
 * java -Xmx4g -cp target/attribution-extractor.jar org.attribution.bench.ServiceBenchmark \
 *     [SECONDS [FOLDER [PROFILE...]]]
 * </pre>
 *
 * <p>Each measurement runs at least {@code SECONDS} (default 20) over the {@code .txt} files of
 * {@code FOLDER} (default {@code samples}); profiles default to FAST and ACCURATE. The figures are
 * one run's: run it on an otherwise idle machine.
 */
public final class ServiceBenchmark {

  private static final int[] CLIENTS = {1, 2, 8};

  private ServiceBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    BenchCorpus corpus = BenchCorpus.textFiles(Path.of(args.length > 1 ? args[1] : "samples"));
    List<Profile> profiles = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      profiles.add(Profile.valueOf(args[i].toUpperCase(Locale.ROOT)));
    }
    run(
        profiles.isEmpty() ? List.of(Profile.FAST, Profile.ACCURATE) : profiles,
        corpus,
        Duration.ofSeconds(seconds),
        System.out);
  }

  static void run(List<Profile> profiles, BenchCorpus corpus, Duration time, PrintStream out)
      throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    out.println("Machine: " + MachineLoad.describe());
    out.printf(
        Locale.ROOT,
        "Corpus: %s, %,d texts, %,d characters; service and extract on %d threads; %d s per"
            + " measurement%n",
        corpus.name(),
        corpus.texts().size(),
        corpus.characters(),
        threads,
        time.toSeconds());
    for (Profile profile : profiles) {
      Function<Document, List<Attribution>> extractor =
          AttributionExtractor.builder().profile(profile).build()::extract;
      out.printf(
          Locale.ROOT, "%n%s (load average %.2f at start)%n", profile, MachineLoad.loadAverage());
      double batch = batchDocumentsPerSecond(extractor, corpus, threads, time);
      out.printf(Locale.ROOT, "  extract (batch runner): %.2f documents/s%n", batch);
      ServiceOptions options =
          new ServiceOptions(
              "127.0.0.1",
              0,
              List.of(profile),
              threads,
              64,
              4L << 20,
              100_000,
              Duration.ofMinutes(5),
              List.of(),
              "bench");
      try (AttributionService service =
          AttributionService.start(options, Map.of(profile, extractor))) {
        load(service.uri(), corpus, threads, Duration.ofSeconds(Math.min(10, time.toSeconds())));
        out.println(
            "  clients  requests/s  of extract  p50 ms  p90 ms  p99 ms  max ms  peak heap MB");
        for (int clients : CLIENTS) {
          try (HeapGauge heap = HeapGauge.open()) {
            Load load = load(service.uri(), corpus, clients, time);
            out.printf(
                Locale.ROOT,
                "  %7d  %10.2f  %9.0f%%  %6.0f  %6.0f  %6.0f  %6.0f  %12d%n",
                clients,
                load.throughput().documentsPerSecond(),
                100 * load.throughput().documentsPerSecond() / batch,
                load.percentile(50),
                load.percentile(90),
                load.percentile(99),
                load.percentile(100),
                heap.peakBytes() >> 20);
          }
        }
      }
    }
  }

  /**
   * Documents per second of the batch runner over the corpus, repeated to last about {@code time}.
   */
  private static double batchDocumentsPerSecond(
      Function<Document, List<Attribution>> extractor,
      BenchCorpus corpus,
      int threads,
      Duration time)
      throws IOException {
    // Passes double until one lasts a tenth of the time, warming the extractor as the service's
    // warm-up load does; their rate tells how many passes fill the time.
    BatchSummary warm = batch(extractor, corpus, threads, 1);
    for (int passes = 2; warm.elapsed().compareTo(time.dividedBy(10)) < 0; passes *= 2) {
      warm = batch(extractor, corpus, threads, passes);
    }
    double perDocument = warm.elapsed().toNanos() / 1e9 / warm.documents();
    int passes =
        (int) Math.max(1, Math.ceil(time.toNanos() / 1e9 / perDocument / corpus.texts().size()));
    BatchSummary measured = batch(extractor, corpus, threads, passes);
    return measured.documents() / (measured.elapsed().toNanos() / 1e9);
  }

  private static BatchSummary batch(
      Function<Document, List<Attribution>> extractor, BenchCorpus corpus, int threads, int passes)
      throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int pass = 0; pass < passes; pass++) {
      for (int k = 0; k < corpus.texts().size(); k++) {
        lines
            .append(
                AttributionJson.MAPPER.writeValueAsString(
                    AttributionJson.MAPPER
                        .createObjectNode()
                        .put("id", pass + "-" + k)
                        .put("text", corpus.texts().get(k))))
            .append('\n');
      }
    }
    BatchRunner runner =
        new BatchRunner(
            new BatchOptions(threads, 100_000, Duration.ofMinutes(5), true),
            extractor,
            Progress.silent());
    try (JsonLinesSource source =
            JsonLinesSource.open(
                "bench",
                new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
                JsonFields.defaults());
        JsonLinesSink sink =
            new JsonLinesSink(OutputFile.of("nowhere", OutputStream.nullOutputStream()))) {
      return runner.run(source, sink, CompletedIds.none());
    }
  }

  /** What a load of concurrent clients measured. */
  private record Load(Throughput throughput, List<Long> nanos) {
    double percentile(int p) {
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
      return sorted.get(index) / 1e6;
    }
  }

  /**
   * {@code clients} clients posting the corpus's texts, one per request, for about {@code time}.
   */
  private static Load load(URI uri, BenchCorpus corpus, int clients, Duration time) {
    HttpClient http = HttpClient.newHttpClient();
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    Throughput throughput =
        ThroughputMeter.system()
            .measure(
                text -> {
                  long start = System.nanoTime();
                  HttpResponse<String> response;
                  try {
                    response =
                        http.send(
                            HttpRequest.newBuilder(uri.resolve("/extract"))
                                .header("Content-Type", "text/plain; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(text))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                  }
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                        "status " + response.statusCode() + ": " + response.body());
                  }
                  nanos.add(System.nanoTime() - start);
                },
                corpus,
                new ThroughputMeter.Plan(
                    clients, corpus.texts().size(), Integer.MAX_VALUE, time.toNanos()));
    return new Load(throughput, List.copyOf(nanos));
  }
}
