package org.attribution.spark;

import static org.apache.spark.sql.functions.col;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.attribution.index.IndexFields;
import org.attribution.options.IndexFieldOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code spark-submit} application of the quote index: reads the JSON Lines of an extraction
 * (the {@code extract} command's, or {@link ExtractJob}'s with {@code --output-format JSONL}) and
 * writes one JSON line per distinct quotation, the lines the {@code index} command writes, largest
 * first across the part files in name order.
 *
 * <pre>
 * spark-submit --class org.attribution.spark.IndexJob ... attribution-extractor.jar \
 *     --input s3a://bucket/attributions/2024-05/ --output s3a://bucket/quotes/2024-05/
 * </pre>
 *
 * <p>Not thread-safe: one run per instance.
 */
@Command(
    name = "spark-index",
    mixinStandardHelpOptions = true,
    description = "Indexes the quotations of an extraction output on a Spark cluster.")
public final class IndexJob implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      description = "JSON Lines of an extraction: file, folder or glob.")
  String input;

  @Option(
      names = "--output",
      required = true,
      description = "Folder to write the quotations to, as JSON Lines.")
  String output;

  @Mixin IndexFieldOptions fieldOptions;

  @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
  boolean overwrite;

  @Spec CommandSpec spec;

  private final Supplier<SparkSession> session;

  IndexJob(Supplier<SparkSession> session) {
    this.session = session;
  }

  /** Entry point for {@code spark-submit}; stops the Spark session when done. */
  public static void main(String[] args) {
    int code =
        commandLine(
                new IndexJob(
                    () -> SparkSession.builder().appName("attribution-index").getOrCreate()))
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
  static CommandLine commandLine(IndexJob job) {
    return new CommandLine(job)
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println("spark-index failed: " + e.getMessage());
              return 1;
            });
  }

  @Override
  public Integer call() {
    SparkSession spark = session.get();
    IndexFields fields = fieldOptions.fields();
    Dataset<Row> quotes = SparkQuoteIndex.index(spark.read().textFile(input), fields);
    quotes
        .select(col("json"))
        .write()
        .mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .text(output);
    long written = spark.read().text(output).count();
    spec.commandLine()
        .getErr()
        .printf("spark-index: %d quotations written to %s%n", written, output);
    return 0;
  }
}
