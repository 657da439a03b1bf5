package org.attribution.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.attribution.batch.OutputTarget;
import org.attribution.batch.TerminalText;
import org.attribution.index.IndexFields;
import org.attribution.index.OccurrenceReader;
import org.attribution.io.JsonLinesFiles;
import org.attribution.options.IndexFieldOptions;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code index} and {@code speakers} commands share: reading the occurrences of an
 * extraction output, each problem named on standard error after the command's name, and writing
 * their lines to a file or standard output. A failure is told in one line and gives exit status 2.
 *
 * <p>Not thread-safe: one per command run.
 */
final class OccurrenceInput {

  /** What a writer of lines does; may fail with an I/O error. */
  interface Lines {
    void writeTo(Writer out) throws IOException;
  }

  private final String command;
  private final PrintStream err;

  OccurrenceInput(String command, PrintStream err) {
    this.command = command;
    this.err = err;
  }

  /**
   * An index a command built of the occurrences it read: the lines to write and the line that sums
   * it up.
   */
  record Indexed(Lines lines, String summary) {}

  /**
   * The whole of a run: checks the output, reads the occurrences, builds the index of them with
   * {@code index}, writes it and sums it up unless quiet; returns the exit status.
   */
  int run(
      IndexIoOptions files,
      IndexFieldOptions fieldOptions,
      Function<OccurrenceReader.Result, Indexed> index) {
    OutputTarget target = target(files.output, files.inputs);
    if (target == null) {
      return 2;
    }
    OccurrenceReader.Result read = read(files.inputs, fieldOptions);
    if (read == null) {
      return 2;
    }
    Indexed built = index.apply(read);
    if (!write(target, built.lines())) {
      return 2;
    }
    if (!files.quiet) {
      err.println(built.summary());
    }
    return status(read);
  }

  /**
   * The occurrences of {@code inputs} (files, folders of a Spark job's output, {@code -} for
   * standard input), or null when they cannot be read (already told).
   */
  private OccurrenceReader.@Nullable Result read(List<Path> inputs, IndexFieldOptions options) {
    IndexFields fields;
    try {
      fields = options.fields();
    } catch (IllegalArgumentException e) {
      tell(e.getMessage());
      return null;
    }
    List<Path> files = new ArrayList<>();
    try {
      for (Path input : inputs) {
        files.addAll(JsonLinesFiles.of(input));
      }
      return OccurrenceReader.read(files, fields, this::tell);
    } catch (IllegalArgumentException e) {
      tell(e.getMessage());
      return null;
    } catch (IOException e) {
      tell("cannot read " + IoMessages.describe(e));
      return null;
    }
  }

  /**
   * Where the lines go: {@code output}, or standard output when null, refused (already told, null
   * returned) when it is one of {@code inputs} by name, link or hard link.
   */
  private @Nullable OutputTarget target(@Nullable Path output, List<Path> inputs) {
    try {
      return output == null
          ? OutputTarget.standardOutput(inputs)
          : OutputTarget.of(output, inputs, JsonLinesFiles::reads);
    } catch (IllegalArgumentException | IOException e) {
      tell(e.getMessage());
      return null;
    }
  }

  /**
   * Writes {@code lines} to {@code target}, atomically where it is a file; false when it failed.
   */
  private boolean write(OutputTarget target, Lines lines) {
    try {
      target.writeAtomically(out -> lines.writeTo(out.writer()));
      return true;
    } catch (IOException e) {
      tell(IoMessages.cannot("write", target.path().orElse(null), e));
      return false;
    }
  }

  private void tell(String problem) {
    err.println(TerminalText.escape(command + ": " + problem));
  }

  /** The exit status of a run that read {@code read}: 1 when some lines could not be (told). */
  private int status(OccurrenceReader.Result read) {
    if (read.problems() > 0) {
      tell(
          String.format(
              Locale.ROOT, "%,d lines or attributions could not be read", read.problems()));
      return 1;
    }
    return 0;
  }
}
