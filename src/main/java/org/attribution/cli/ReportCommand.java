package org.attribution.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attribution.index.IndexFields;
import org.attribution.index.OccurrenceReader;
import org.attribution.index.Quote;
import org.attribution.index.QuoteIndex;
import org.attribution.report.ExtractionReader;
import org.attribution.report.HtmlReport;
import org.attribution.report.ReportArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the HTML report of an extraction output, highlighting the attributions in their texts. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Writes a self-contained HTML report of extracted attributions.")
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "The extractor's output: JSON Lines, optionally .gz.")
  Path input;

  @Option(
      names = "--texts",
      description = "The texts it was extracted from, as given to extract: a .txt file, a folder of them, "
          + "JSON Lines with id and text (optionally .gz) or a WARC archive. Without it, texts are taken from "
          + "the output's text field where present.")
  Path texts;

  @Option(names = "--output", required = true, description = "The HTML file to write.")
  Path output;

  @Option(names = "--title", defaultValue = "Who said what", description = "Title of the report (default: ${DEFAULT-VALUE}).")
  String title;

  @Override
  public Integer call() throws IOException {
    List<ReportArticle> archive = texts == null ? ExtractionReader.read(input) : ExtractionReader.read(input, texts);
    // The Quotes view shows the index command's quotations of the same output, dated and by outlet.
    List<Quote> quotes = QuoteIndex.of(OccurrenceReader.read(List.of(input), IndexFields.defaults(), problem -> {}).occurrences());
    HtmlReport.write(archive, quotes, title, output);
    long missing = archive.stream().filter(a -> a.text() == null).count();
    System.err.printf("Wrote %s: %d articles, %d without text.%n", output, archive.size(), missing);
    return 0;
  }
}
