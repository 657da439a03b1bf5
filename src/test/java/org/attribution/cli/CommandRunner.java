package org.attribution.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.batch.OutputTarget;
import org.attribution.testing.QuoteExtraction;
import picocli.CommandLine;

/**
 * Runs any command of the program's command line in-process, as {@code java -jar} would, with the
 * fake extraction of {@link QuoteExtraction} (or another one given), a given standard input, and
 * standard error and output captured. Not thread-safe.
 */
final class CommandRunner {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private InputStream stdin = InputStream.nullInputStream();
  private Path stdinFile = OutputTarget.STDIN;
  private Function<Document, List<Attribution>> extraction = new QuoteExtraction();

  /** Standard input reads {@code file}, by name and by content, as {@code < file} does. */
  CommandRunner stdinFrom(Path file, InputStream content) {
    this.stdinFile = file;
    this.stdin = content;
    return this;
  }

  /** {@code extract} runs {@code extraction} in place of the quote extraction. */
  CommandRunner extraction(Function<Document, List<Attribution>> extraction) {
    this.extraction = extraction;
    return this;
  }

  /** Standard input holds {@code content}. */
  CommandRunner stdin(InputStream content) {
    this.stdin = content;
    return this;
  }

  /** Runs {@code args} (the command first) and returns its exit status. */
  int run(String... args) {
    err.reset();
    out.reset();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    ExtractCommand extract = new ExtractCommand(() -> extraction, stdin, stdinFile, errStream);
    IndexCommand index = new IndexCommand(errStream);
    CommandLine cli =
        Main.commandLine(
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                if (type == ExtractCommand.class) {
                  return type.cast(extract);
                }
                if (type == IndexCommand.class) {
                  return type.cast(index);
                }
                return CommandLine.defaultFactory().create(type);
              }
            });
    cli.setErr(new PrintWriter(errStream, true));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    return cli.execute(args);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }
}
