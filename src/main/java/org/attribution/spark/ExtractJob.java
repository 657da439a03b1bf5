package org.attribution.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.attribution.Profile;
import org.attribution.io.JsonFields;
import org.attribution.options.ExtractionOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code spark-submit} application: reads documents from any path Spark can read (local, HDFS,
 * S3), extracts their attributions on the executors and writes the results.
 *
 * <pre>
 * spark-submit --class org.attribution.spark.ExtractJob ... attribution-extractor.jar \
 *     --input s3a://bucket/cc-news/2024-05/ --input-format parquet --id-field url \
 *     --output s3a://bucket/attributions/2024-05/
 * </pre>
 *
 * <p>Every input record gives exactly one output record in the {@code documents} layout, with an
 * {@code error} when it could not be extracted (including malformed JSON lines), so no document is
 * lost. Not thread-safe: one run per instance.
 */
@Command(
    name = "spark-extract",
    mixinStandardHelpOptions = true,
    description = "Extracts attributions from documents on a Spark cluster.")
public final class ExtractJob implements Callable<Integer> {

  /** How input documents are stored. */
  enum Storage {
    /** JSON Lines, one object per document with id and text fields. */
    JSONL,
    /** Parquet with id and text columns. */
    PARQUET,
    /** Plain text, one document per {@code .txt} file; the id is the file name without it. */
    TEXT
  }

  /** How results are stored. */
  enum OutputFormat {
    PARQUET,
    /**
     * JSON Lines; in the documents layout, the command line's lines: {@code id}, then {@code
     * attributions} in the evaluation format, or {@code error} instead.
     */
    JSONL
  }

  @Option(names = "--input", required = true, description = "File, folder or glob to read.")
  String input;

  @Option(
      names = "--input-format",
      defaultValue = "JSONL",
      description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Storage inputFormat;

  @Option(names = "--output", required = true, description = "Folder to write.")
  String output;

  @Option(
      names = "--output-format",
      defaultValue = "PARQUET",
      description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat outputFormat;

  @Option(
      names = "--layout",
      defaultValue = "DOCUMENTS",
      description =
          "DOCUMENTS: a row per document with an array of attributions and an error column;"
              + " ATTRIBUTIONS: a row per attribution (default: ${DEFAULT-VALUE}).")
  Layout layout;

  @Option(
      names = "--id-field",
      defaultValue = "id",
      description = "Id field (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(
      names = "--text-field",
      defaultValue = "text",
      description = "Text field (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(
      names = "--keep-fields",
      split = ",",
      paramLabel = "FIELD",
      description =
          "JSON Lines fields to copy to the output, comma-separated, as extract does; needs JSON Lines"
              + " in and out and the DOCUMENTS layout.")
  List<String> keepFields = List.of();

  @Option(
      names = "--profile",
      defaultValue = Profile.DEFAULT_NAME,
      description =
          "One of ${COMPLETION-CANDIDATES}, as for the extract command (default: ${DEFAULT-VALUE}).")
  Profile profile;

  @Mixin ExtractionOptions extractionOptions;

  @Option(
      names = "--cue-lexicon",
      description =
          "Cue lexicon readable on every executor, or the name of a file passed with --files.")
  String cueLexicon;

  @Option(
      names = "--partitions",
      description =
          "Partitions to extract in (default: as read, but at least one per executor core).")
  Integer partitions;

  @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
  boolean overwrite;

  @Spec CommandSpec spec;

  private final Supplier<SparkSession> session;
  private final Class<? extends ExtractorFactory> factory;

  ExtractJob(Supplier<SparkSession> session, Class<? extends ExtractorFactory> factory) {
    this.session = session;
    this.factory = factory;
  }

  /** Entry point for {@code spark-submit}; stops the Spark session when done. */
  public static void main(String[] args) {
    int code =
        commandLine(
                new ExtractJob(
                    () -> SparkSession.builder().appName("attribution-extractor").getOrCreate(),
                    CoreNlpExtractorFactory.class))
            .execute(args);
    SparkSession.getDefaultSession()
        .foreach(
            spark -> {
              spark.stop();
              return null;
            });
    System.exit(code);
  }

  /** The job's command line; a failed run prints its cause in one line and exits with 1. */
  static CommandLine commandLine(ExtractJob job) {
    return new CommandLine(job)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println("spark-extract failed: " + e.getMessage());
              return 1;
            });
  }

  @Override
  public Integer call() {
    boolean commandLineLines = outputFormat == OutputFormat.JSONL && layout == Layout.DOCUMENTS;
    if (!keepFields.isEmpty() && !(commandLineLines && inputFormat == Storage.JSONL)) {
      throw new IllegalArgumentException(
          "--keep-fields copies JSON Lines fields to JSON Lines documents:"
              + " use it with --input-format JSONL --output-format JSONL --layout DOCUMENTS");
    }
    // On the driver, before the session starts: the executors read the same folder.
    extractionOptions.checkModels(profile);
    SparkSession spark = session.get();
    SparkExtractionOptions options =
        new SparkExtractionOptions(
            profile,
            cueLexicon,
            extractionOptions.maxChars(),
            extractionOptions.docTimeout(),
            extractionOptions.models().map(Path::toString).orElse(null));
    Dataset<Row> docs = spread(read(spark), spark);
    ExtractionTask task = new ExtractionTask(factory, options);
    if (commandLineLines) {
      CommandLineLines.of(docs, task).write().mode(saveMode()).text(output);
    } else {
      write(SparkAttributions.run(docs, layout, task));
    }
    summarize(spark);
    return 0;
  }

  private Dataset<Row> read(SparkSession spark) {
    return switch (inputFormat) {
      // The command line's reader, so that malformed lines get the same ids and errors.
      case JSONL ->
          JsonLinesRows.read(spark, input, new JsonFields(idField, textField, keepFields));
      case PARQUET -> SparkAttributions.documents(spark.read().parquet(input), idField, textField);
      // Like the command line: every .txt file under a folder, each file one document.
      case TEXT ->
          spark
              .read()
              .option("wholetext", "true")
              .option("pathGlobFilter", "*.txt")
              .option("recursiveFileLookup", "true")
              .text(input)
              .select(
                  regexp_replace(col("_metadata.file_name"), "\\.txt$", "").as("id"),
                  col("value").as("text"));
    };
  }

  /** Counts from the written output, so that extraction does not run a second time. */
  private void summarize(SparkSession spark) {
    Dataset<Row> written =
        outputFormat == OutputFormat.PARQUET
            ? spark.read().parquet(output)
            : spark.read().json(output);
    long records = written.count();
    long errors =
        Arrays.asList(written.columns()).contains("error")
            ? written.where(col("error").isNotNull()).count()
            : 0;
    spec.commandLine()
        .getErr()
        .printf(
            "spark-extract: %d records written to %s, %d with errors%n", records, output, errors);
  }

  /** Extraction is slow per document, so every core should get work even from one small file. */
  private Dataset<Row> spread(Dataset<Row> docs, SparkSession spark) {
    if (partitions != null) {
      if (partitions < 1) {
        throw new IllegalArgumentException("--partitions must be at least 1, was " + partitions);
      }
      return docs.repartition(partitions);
    }
    int cores = spark.sparkContext().defaultParallelism();
    return docs.rdd().getNumPartitions() < cores ? docs.repartition(cores) : docs;
  }

  private SaveMode saveMode() {
    return overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
  }

  /**
   * Parquet, or JSON Lines of the attributions layout; the command line's lines are written apart.
   */
  private void write(Dataset<Row> results) {
    switch (outputFormat) {
      case PARQUET -> results.write().mode(saveMode()).parquet(output);
      case JSONL ->
          results.write().mode(saveMode()).option("ignoreNullFields", "false").json(output);
    }
  }
}
