package org.attribution.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attribution.batch.OutputTarget;
import org.attribution.batch.TerminalText;
import org.attribution.index.IndexFields;
import org.attribution.index.OccurrenceReader;
import org.attribution.index.Quote;
import org.attribution.index.QuoteIndex;
import org.attribution.index.QuoteJson;
import org.attribution.io.JsonLinesFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code index} command: reads the output of {@code extract} and writes one JSON line per
 * distinct quotation, largest first. Exit status 0 when every line was read, 1 when some lines or
 * attributions could not be (each is named on standard error), 2 for bad usage, an unreadable input
 * or an unwritable output.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Indexes the quotations of an archive, one line per distinct quotation, largest first.",
      "Reads the JSON Lines extract wrote; each line gives a quotation's fullest text, speakers, first",
      "appearance and occurrences.",
      "Keep the documents' dates, URLs and outlets with extract --keep-fields date,url,outlet."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every line was indexed",
      "1:some lines or attributions could not be read (each is named)",
      "2:bad usage, unreadable input or unwritable output"
    })
final class IndexCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Output of extract: JSON Lines, optionally .gz, or a folder of them (a Spark job's"
              + " output: part-* files), in order; - reads standard input.")
  List<Path> inputs;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Output file, gzipped when it ends in .gz (default: standard output).")
  Path output;

  @Mixin IndexFieldOptions fieldOptions;

  @Option(names = "--quiet", description = "No summary; only problems.")
  boolean quiet;

  private final PrintStream err;

  IndexCommand() {
    this(System.err);
  }

  IndexCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() {
    IndexFields fields;
    try {
      fields = fieldOptions.fields();
    } catch (IllegalArgumentException e) {
      err.println(TerminalText.escape("index: " + e.getMessage()));
      return 2;
    }
    List<Path> files = new ArrayList<>();
    try {
      for (Path input : inputs) {
        files.addAll(JsonLinesFiles.of(input));
      }
    } catch (IllegalArgumentException | IOException e) {
      err.println(TerminalText.escape("index: cannot read " + IoMessages.describe(e)));
      return 2;
    }
    OutputTarget target;
    try {
      target =
          output == null
              ? OutputTarget.standardOutput(inputs)
              : OutputTarget.of(output, inputs, JsonLinesFiles::reads);
    } catch (IllegalArgumentException | IOException e) {
      err.println(TerminalText.escape("index: " + e.getMessage()));
      return 2;
    }
    OccurrenceReader.Result read;
    try {
      read =
          OccurrenceReader.read(
              files, fields, problem -> err.println(TerminalText.escape("index: " + problem)));
    } catch (IllegalArgumentException e) {
      err.println(TerminalText.escape("index: " + e.getMessage()));
      return 2;
    } catch (IOException e) {
      err.println(TerminalText.escape("index: cannot read " + IoMessages.describe(e)));
      return 2;
    }
    List<Quote> quotes = QuoteIndex.of(read.occurrences());
    try {
      target.writeAtomically(out -> QuoteJson.write(quotes, out.writer()));
    } catch (IOException e) {
      err.println(TerminalText.escape("index: " + IoMessages.cannot("write", output, e)));
      return 2;
    }
    if (!quiet) {
      long repeated = quotes.stream().filter(q -> q.count() > 1).count();
      err.printf(
          Locale.ROOT,
          "Indexed %,d occurrences from %,d documents (%,d with extraction errors):"
              + " %,d quotations, %,d of them repeated%n",
          read.occurrences().size(),
          read.documents(),
          read.failed(),
          quotes.size(),
          repeated);
    }
    if (read.problems() > 0) {
      err.printf(
          Locale.ROOT, "index: %,d lines or attributions could not be read%n", read.problems());
      return 1;
    }
    return 0;
  }
}
