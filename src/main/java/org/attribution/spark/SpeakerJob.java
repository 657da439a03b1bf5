package org.attribution.spark;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attribution.options.IndexFieldOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code spark-submit} application of the speaker index: reads the JSON Lines of an extraction
 * (the {@code extract} command's, or {@link ExtractJob}'s with {@code --output-format JSONL}) and
 * writes one JSON line per speaker, the lines the {@code speakers} command writes, most quoted
 * first across the part files in name order.
 *
 * <pre>
 * spark-submit --class org.attribution.spark.SpeakerJob ... attribution-extractor.jar \
 *     --input s3a://bucket/attributions/2024-05/ --output s3a://bucket/speakers/2024-05/
 * </pre>
 *
 * <p>Not thread-safe: one run per instance.
 */
@Command(
    name = "spark-speakers",
    mixinStandardHelpOptions = true,
    description = "Indexes the speakers of an extraction output on a Spark cluster.")
public final class SpeakerJob implements Callable<Integer> {

  @Mixin SparkIndexOptions files;

  @Mixin IndexFieldOptions fieldOptions;

  @Option(
      names = "--gender-from-names",
      description =
          "Where the texts state no gender for a person, guess it from their first name, as the"
              + " speakers command does with this option.")
  boolean genderFromNames;

  @Spec CommandSpec spec;

  private final Supplier<SparkSession> session;

  SpeakerJob(Supplier<SparkSession> session) {
    this.session = session;
  }

  /** Entry point for {@code spark-submit}; stops the Spark session when done. */
  public static void main(String[] args) {
    SparkJobs.main("attribution-speakers", "spark-speakers", SpeakerJob::new, args);
  }

  /** The job's command line; a failed run prints its cause in one line and exits with 1. */
  static CommandLine commandLine(SpeakerJob job) {
    return SparkJobs.commandLine(job, "spark-speakers");
  }

  @Override
  public Integer call() {
    SparkSession spark = session.get();
    Dataset<Row> speakers =
        SparkSpeakerIndex.index(
            spark.read().textFile(files.input), fieldOptions.fields(), genderFromNames);
    long written = SparkJobs.write(spark, speakers, files.output, files.overwrite);
    spec.commandLine()
        .getErr()
        .printf("spark-speakers: %d speakers written to %s%n", written, files.output);
    return 0;
  }
}
