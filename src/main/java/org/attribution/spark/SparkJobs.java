package org.attribution.spark;

import static org.apache.spark.sql.functions.col;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * What the index jobs share: the command line whose failed run prints its cause in one line and
 * exits with 1, the {@code spark-submit} entry point that stops the session when done, and writing
 * the {@code json} column of an index as JSON Lines.
 *
 * <p>Stateless and thread-safe.
 */
final class SparkJobs {

  private SparkJobs() {}

  /** The command line of {@code job}, named {@code name} in its one-line failures. */
  static CommandLine commandLine(Object job, String name) {
    return new CommandLine(job)
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println(name + " failed: " + e.getMessage());
              return 1;
            });
  }

  /**
   * Runs the job {@code make} gives for a session of application {@code app} with {@code args},
   * then stops the session and exits with the job's status.
   */
  static void main(
      String app, String name, Function<Supplier<SparkSession>, Object> make, String[] args) {
    Object job = make.apply(() -> SparkSession.builder().appName(app).getOrCreate());
    int code = commandLine(job, name).execute(args);
    SparkSession.getDefaultSession()
        .foreach(
            spark -> {
              spark.stop();
              return null;
            });
    System.exit(code);
  }

  /** Writes the {@code json} column of {@code index} to {@code output}; the lines written. */
  static long write(SparkSession spark, Dataset<Row> index, String output, boolean overwrite) {
    index
        .select(col("json"))
        .write()
        .mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .text(output);
    return spark.read().text(output).count();
  }
}
