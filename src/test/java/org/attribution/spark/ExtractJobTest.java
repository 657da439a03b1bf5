package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attribution.Document;
import org.attribution.cli.Main;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ExtractJobTest {

  private static final Path SAMPLES = Path.of("samples");

  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
  }

  @Test
  void textFilesBecomeOneJsonLinePerDocumentInTheEvaluationFormat() throws IOException {
    Path out = tmp.resolve("out");

    int code =
        run(
            "--input",
            SAMPLES.toString(),
            "--input-format",
            "text",
            "--output",
            out.toString(),
            "--output-format",
            "jsonl");

    assertThat(code).isZero();
    Map<String, JsonNode> byId = byId(jsonLines(out));
    List<Path> samples = samples();
    assertThat(byId).hasSize(samples.size());
    for (Path sample : samples) {
      String id = sample.getFileName().toString().replaceFirst("\\.txt$", "");
      Document doc = Document.of(id, Files.readString(sample));
      assertThat(byId).containsKey(id);
      assertThat(AttributionJson.attributions(byId.get(id)))
          .isEqualTo(QuoteExtractorFactory.extract(doc));
      assertThat(byId.get(id).has("error")).isFalse();
    }
  }

  @Test
  void evaluateAndReportReadTheJsonLinesOutputFolderAsItIs() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(
            run(
                "--input",
                SAMPLES.toString(),
                "--input-format",
                "text",
                "--output",
                out.toString(),
                "--output-format",
                "jsonl"))
        .isZero();
    StringWriter scores = new StringWriter();
    Path html = tmp.resolve("report.html");

    int evaluated =
        Main.commandLine()
            .setOut(new PrintWriter(scores))
            .setErr(new PrintWriter(new StringWriter()))
            .execute("evaluate", "--gold", out.toString(), "--predicted", out.toString());
    int reported =
        Main.commandLine()
            .setErr(new PrintWriter(new StringWriter()))
            .execute("report", "--input", out.toString(), "--output", html.toString());

    assertThat(evaluated).isZero();
    assertThat(scores.toString()).containsPattern("partial +P=1\\.000 R=1\\.000");
    assertThat(reported).isZero();
    assertThat(Files.readString(html)).contains(samples().size() + " articles");
  }

  @Test
  void everyJsonLineGivesOneParquetRowAndBadLinesGiveErrors() throws IOException {
    Path in = tmp.resolve("in.jsonl");
    Files.write(
        in,
        List.of(
            "{\"url\": \"ok\", \"body\": \"\\\"Yes.\\\" said he.\"}",
            "{\"url\": \"crash\", \"body\": \"FAIL\"}",
            "{\"url\": 42, \"body\": \"No quotes.\"}",
            "{\"url\": \"cut\", \"body\": \"" + "x".repeat(50) + "\"}",
            "{not json at all"),
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");

    StringWriter err = new StringWriter();
    int code =
        run(
            err,
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--id-field",
            "url",
            "--text-field",
            "body",
            "--max-chars",
            "40");

    assertThat(code).isZero();
    assertThat(err.toString()).contains("5 records written to " + out + ", 3 with errors");
    List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
    assertThat(rows).hasSize(5);
    Map<String, String> errors = new HashMap<>();
    rows.forEach(r -> errors.put(r.getAs("id"), ErrorColumn.of(r)));
    assertThat(errors.get("ok")).isNull();
    assertThat(errors.get("42")).isNull();
    assertThat(errors.get("crash")).startsWith("extraction: ").endsWith("cannot parse crash");
    assertThat(errors.get("cut"))
        .isEqualTo("too-long: text has 50 characters, more than the limit of 40");
    assertThat(errors.get(in.getFileName() + ":5"))
        .startsWith("read: " + in.getFileName() + ":5 is not valid JSON");
  }

  @Test
  void malformedJsonLinesGetTheSameIdsAndErrorsAsOnTheCommandLine() throws IOException {
    Path in = tmp.resolve("malformed.jsonl");
    Files.write(
        in,
        List.of(
            "{\"text\": \"No id here.\"}",
            "{\"id\": {\"nested\": 1}, \"text\": \"An object id.\"}",
            "{\"id\": \"number\", \"text\": 42}",
            "{\"id\": \"missing\"}",
            "{\"id\": \"broken\", \"text\": ",
            "{\"id\": null, \"text\": \"A null id.\"}",
            "{\"id\": \"good\", \"text\": \"\\\"Yes,\\\" said he.\"}"),
        StandardCharsets.UTF_8);
    Path sparkOut = tmp.resolve("spark");
    Path cliOut = tmp.resolve("cli.jsonl");

    assertThat(
            run(
                "--input",
                in.toString(),
                "--output",
                sparkOut.toString(),
                "--output-format",
                "jsonl"))
        .isZero();
    int cli = extractOnCommandLine(in, cliOut);

    assertThat(cli).isEqualTo(1); // some records are errors
    Map<String, String> bySpark = errorsById(jsonLines(sparkOut));
    Map<String, String> byCli =
        errorsById(
            Files.readAllLines(cliOut).stream().map(AttributionJson.MAPPER::readTree).toList());
    assertThat(bySpark).isEqualTo(byCli);
    assertThat(bySpark)
        .containsOnlyKeys(
            in.getFileName() + ":1",
            in.getFileName() + ":2",
            "number",
            "missing",
            in.getFileName() + ":5",
            in.getFileName() + ":6",
            "good");
    assertThat(bySpark)
        .containsEntry(in.getFileName() + ":1", "")
        .containsEntry(in.getFileName() + ":6", "")
        .containsEntry("good", "");
    assertThat(bySpark.get("number"))
        .isEqualTo("read: " + in.getFileName() + ":3 has no text in field \"text\"");
    assertThat(bySpark.get(in.getFileName() + ":2"))
        .startsWith(
            "read: " + in.getFileName() + ":2 has an id (field \"id\") that is a JSON object");
    assertThat(bySpark.get(in.getFileName() + ":5"))
        .startsWith("read: " + in.getFileName() + ":5 is not valid JSON");
  }

  @Test
  void keepsInputFieldsAsTheCommandLineDoes() throws IOException {
    Path in = tmp.resolve("dated.jsonl");
    Files.write(
        in,
        List.of(
            "{\"id\": \"a\", \"text\": \"\\\"Yes,\\\" said he.\", \"url\": \"https://x.example/a\", \"date\": \"2024-05-01\"}",
            "{\"id\": \"b\", \"date\": 20240502, \"text\": \"No quotes.\"}",
            "{\"id\": \"c\", \"date\": \"2024-05-03\", \"text\": 42}"),
        StandardCharsets.UTF_8);
    Path sparkOut = tmp.resolve("spark");
    Path cliOut = tmp.resolve("cli.jsonl");

    assertThat(
            run(
                "--input",
                in.toString(),
                "--output",
                sparkOut.toString(),
                "--output-format",
                "jsonl",
                "--keep-fields",
                "date,url"))
        .isZero();
    extractOnCommandLine(in, cliOut, "--keep-fields", "date,url");

    Map<String, JsonNode> bySpark = byId(jsonLines(sparkOut));
    assertThat(bySpark.get("a").toString())
        .startsWith(
            "{\"id\":\"a\",\"date\":\"2024-05-01\",\"url\":\"https://x.example/a\",\"attributions\":[");
    assertThat(bySpark.get("b").toString())
        .startsWith("{\"id\":\"b\",\"date\":20240502,\"attributions\":[");
    assertThat(withoutAttributions(bySpark))
        .isEqualTo(
            withoutAttributions(
                byId(
                    Files.readAllLines(cliOut).stream()
                        .map(AttributionJson.MAPPER::readTree)
                        .toList())));
  }

  @Test
  void refusesToKeepFieldsWhereTheOutputHasNoPlaceForThem() {
    StringWriter err = new StringWriter();

    int code =
        run(
            err,
            "--input",
            SAMPLES.toString(),
            "--input-format",
            "TEXT",
            "--output",
            tmp.resolve("out").toString(),
            "--output-format",
            "JSONL",
            "--keep-fields",
            "date");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "spark-extract failed: --keep-fields copies JSON Lines fields to"
                + " JSON Lines documents: use it with --input-format JSONL --output-format JSONL --layout DOCUMENTS"
                + System.lineSeparator());
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  /**
   * Each record as a line without its attributions, which the stand-in extractor finds otherwise.
   */
  private static Map<String, String> withoutAttributions(Map<String, JsonNode> records) {
    return records.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e -> {
                  ObjectNode record = (ObjectNode) e.getValue().deepCopy();
                  record.remove("attributions");
                  return record.toString();
                }));
  }

  /** Each record's error as {@code "kind: message"}, or an empty string when it has none. */
  private static Map<String, String> errorsById(List<JsonNode> records) {
    return records.stream()
        .collect(
            Collectors.toMap(
                r -> r.get("id").asString(),
                r ->
                    r.has("error")
                        ? r.at("/error/kind").asString() + ": " + r.at("/error/message").asString()
                        : ""));
  }

  @Test
  void attributionsLayoutWritesOneJsonObjectPerAttribution() throws IOException {
    Path out = tmp.resolve("out");

    int code =
        run(
            "--input",
            SAMPLES.toString(),
            "--input-format",
            "TEXT",
            "--output",
            out.toString(),
            "--output-format",
            "JSONL",
            "--layout",
            "ATTRIBUTIONS");

    assertThat(code).isZero();
    int expected = 0;
    for (Path sample : samples()) {
      expected += QuoteExtractorFactory.extract(Document.of("", Files.readString(sample))).size();
    }
    List<JsonNode> lines = jsonLines(out);
    assertThat(lines).hasSize(expected);
    assertThat(lines).allSatisfy(line -> assertThat(line.has("contentBegin")).isTrue());
  }

  @Test
  void refusesToOverwriteAnExistingOutputUnlessAsked() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "earlier results");
    String[] args = {
      "--input", SAMPLES.toString(), "--input-format", "TEXT", "--output", out.toString()
    };

    assertThat(run(args)).isNotZero();
    assertThat(out.resolve("keep.txt")).exists();

    String[] overwrite =
        Stream.concat(Stream.of(args), Stream.of("--overwrite")).toArray(String[]::new);
    assertThat(run(overwrite)).isZero();
    assertThat(spark.read().parquet(out.toString()).count()).isEqualTo(samples().size());
  }

  @Test
  void refusesAModelsFolderThatLacksAModelBeforeSparkStarts() {
    StringWriter err = new StringWriter();
    ExtractJob job =
        new ExtractJob(
            () -> {
              throw new AssertionError("the Spark session was started");
            },
            QuoteExtractorFactory.class);

    int code =
        ExtractJob.commandLine(job)
            .setErr(new PrintWriter(err, true))
            .execute(fastSamplesWithModels(tmp));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "spark-extract failed: "
                + tmp.resolve("cue-reliability-fast.tsv")
                + " not found: the FAST profile reads cue-reliability-fast.tsv from a models folder"
                + System.lineSeparator());
  }

  @Test
  void extractsWithTheModelsOfTheFolderGiven() throws IOException {
    Path models = Files.createDirectory(tmp.resolve("my-models"));
    Files.copy(
        Path.of("models/cue-reliability-fast.tsv"), models.resolve("cue-reliability-fast.tsv"));

    int code = run(fastSamplesWithModels(models));

    assertThat(code).isZero();
    assertThat(QuoteExtractorFactory.LAST_OPTIONS.get().models()).isEqualTo(models.toString());
  }

  /** The arguments of a FAST run over the samples with the models of {@code folder}. */
  private String[] fastSamplesWithModels(Path folder) {
    return new String[] {
      "--input", SAMPLES.toString(),
      "--input-format", "TEXT",
      "--output", tmp.resolve("out").toString(),
      "--profile", "FAST",
      "--models", folder.toString()
    };
  }

  /**
   * Runs the command line's {@code extract} with the FAST profile, quietly; returns its exit
   * status.
   */
  private static int extractOnCommandLine(Path in, Path out, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "extract",
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--profile",
                "FAST",
                "--quiet"));
    args.addAll(List.of(options));
    return Main.commandLine()
        .setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(new StringWriter()))
        .execute(args.toArray(String[]::new));
  }

  private static int run(String... args) {
    return run(new StringWriter(), args);
  }

  private static int run(StringWriter err, String... args) {
    return ExtractJob.commandLine(new ExtractJob(LocalSpark::session, QuoteExtractorFactory.class))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  private static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static List<JsonNode> jsonLines(Path folder) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          nodes.add(AttributionJson.MAPPER.readTree(line));
        }
      }
    }
    return nodes;
  }

  private static Map<String, JsonNode> byId(List<JsonNode> nodes) {
    return nodes.stream()
        .collect(Collectors.toMap(n -> n.get("id").asString(), Function.identity()));
  }
}
