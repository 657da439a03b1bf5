package org.attribution.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attribution.batch.CompletedIds;
import org.attribution.batch.CsvSink;
import org.attribution.batch.JsonLinesSink;
import org.attribution.batch.OutputFile;
import org.attribution.batch.OutputGuard;
import org.attribution.batch.OutputTarget;
import org.attribution.batch.ResultSink;
import org.attribution.batch.ResumeIndex;
import org.attribution.batch.TextSink;
import picocli.CommandLine.Option;

/**
 * Where and how {@code extract} writes ({@code --output}, {@code --format}, {@code --resume}): the
 * checks made before any model loads, the sink, and how an output cut short is finished.
 *
 * <p>Filled in by picocli, then read only.
 */
final class ExtractOutputOptions {

  private static final String RESUME_HINT = "; run the same command with --resume to finish";

  /** The output formats. */
  enum OutputFormat {
    JSONL,
    CSV,
    TEXT
  }

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Output file, gzipped when it ends in .gz (default: standard output).")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Output format: jsonl (one line per document), csv (one row per attribution) or text"
              + " (a block per document, to read on a terminal). Default: csv when --output ends in .csv or"
              + " .csv.gz, else jsonl.")
  OutputFormat format;

  @Option(
      names = "--resume",
      description =
          "Keep the documents already complete in --output, repair a torn last line, and do the rest.")
  boolean resume;

  /** The format asked for, else the one the output's name says. */
  OutputFormat format() {
    if (format != null) {
      return format;
    }
    boolean csv =
        output != null
            && output.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.csv(\\.gz)?");
    return csv ? OutputFormat.CSV : OutputFormat.JSONL;
  }

  /**
   * Checks that the options go together.
   *
   * @throws IllegalArgumentException naming the problem
   */
  void check() {
    if (resume && output == null) {
      throw new IllegalArgumentException(
          "--resume needs --output: standard output cannot be resumed");
    }
    if (resume && format() == OutputFormat.CSV) {
      throw new IllegalArgumentException(
          "--resume works on JSON Lines output only; convert afterwards for CSV");
    }
  }

  /**
   * The output, checked by the rule every command writes by: never one of the inputs {@code read},
   * and a regular file when resumed.
   *
   * @throws IllegalArgumentException naming the problem, for a usage error
   */
  OutputTarget target(List<Path> read) throws IOException {
    OutputTarget target =
        output == null
            ? OutputTarget.standardOutput(read)
            : OutputTarget.of(output, read, file -> file.getFileName().toString().endsWith(".txt"));
    if (resume && !target.isRegularFile()) {
      throw new IllegalArgumentException(
          "--resume needs a regular file as --output, not " + output);
    }
    return target;
  }

  /** The documents already complete, repairing a torn last line, when resumed; else none. */
  CompletedIds completed(OutputGuard guard) throws IOException {
    return resume ? ResumeIndex.repairAndLoad(output, guard) : CompletedIds.none();
  }

  /**
   * The sink, appending to what {@link #completed} kept when {@code appending}.
   *
   * @param csvColumns the input's fields a CSV output copies
   */
  ResultSink sink(boolean appending, List<String> csvColumns) throws IOException {
    OutputFile out = output == null ? OutputFile.stdout() : OutputFile.open(output, appending);
    boolean fresh = !appending || Files.size(output) == 0;
    return switch (format()) {
      case CSV -> new CsvSink(out, csvColumns, fresh);
      case TEXT -> new TextSink(out);
      case JSONL -> new JsonLinesSink(out);
    };
  }

  /** What to do after an interruption: how to finish, where {@code --resume} can. */
  String interrupted() {
    return "extract: interrupted"
        + (output != null && format() == OutputFormat.JSONL ? RESUME_HINT : "");
  }

  /** The one line that says the output failed, and how to finish where {@code --resume} can. */
  String failed(IOException e) {
    String where = output == null ? "standard output" : output.toString();
    return "extract: cannot write to "
        + where
        + ": "
        + IoMessages.reason(e)
        + (canResume() ? RESUME_HINT : "");
  }

  /** Whether {@code --resume} would finish the output: a JSON Lines file that holds some of it. */
  private boolean canResume() {
    try {
      return output != null
          && format() == OutputFormat.JSONL
          && Files.isRegularFile(output)
          && Files.size(output) > 0;
    } catch (IOException e) {
      return false;
    }
  }
}
