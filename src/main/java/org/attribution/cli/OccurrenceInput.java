package org.attribution.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attribution.batch.OutputFile;
import org.attribution.index.IndexFields;
import org.attribution.index.OccurrenceReader;
import org.attribution.options.IndexFieldOptions;

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

  /** The occurrences of {@code inputs}, or null when they cannot be read (already told). */
  OccurrenceReader.Result read(List<Path> inputs, IndexFieldOptions options) {
    IndexFields fields;
    try {
      fields = options.fields();
    } catch (IllegalArgumentException e) {
      err.println(command + ": " + e.getMessage());
      return null;
    }
    for (Path input : inputs) {
      if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
        err.println(
            command + ": cannot read " + input + ": give a JSON Lines file written by extract");
        return null;
      }
    }
    try {
      return OccurrenceReader.read(
          inputs, fields, problem -> err.println(command + ": " + problem));
    } catch (IOException e) {
      err.println(command + ": cannot read input: " + e.getMessage());
      return null;
    }
  }

  /** Writes {@code lines} to {@code output} (standard output when null); false when it failed. */
  boolean write(Path output, Lines lines) {
    try (OutputFile out = output == null ? OutputFile.stdout() : OutputFile.open(output, false)) {
      lines.writeTo(out.writer());
      return true;
    } catch (IOException e) {
      err.println(
          command
              + ": cannot write to "
              + (output == null ? "standard output" : output)
              + ": "
              + e.getMessage());
      return false;
    }
  }

  /** The exit status of a run that read {@code read}: 1 when some lines could not be (told). */
  int status(OccurrenceReader.Result read) {
    if (read.problems() > 0) {
      err.printf(
          Locale.ROOT,
          "%s: %,d lines or attributions could not be read%n",
          command,
          read.problems());
      return 1;
    }
    return 0;
  }
}
