package org.attribution.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attribution.index.Quote;
import org.attribution.index.QuoteIndex;
import org.attribution.index.QuoteJson;
import org.attribution.options.IndexFieldOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

  @Mixin IndexIoOptions files;

  @Mixin IndexFieldOptions fieldOptions;

  private final PrintStream err;

  IndexCommand() {
    this(System.err);
  }

  IndexCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() {
    return new OccurrenceInput("index", err)
        .run(
            files,
            fieldOptions,
            read -> {
              List<Quote> quotes = QuoteIndex.of(read.occurrences());
              long repeated = quotes.stream().filter(q -> q.count() > 1).count();
              return new OccurrenceInput.Indexed(
                  out -> QuoteJson.write(quotes, out),
                  String.format(
                      Locale.ROOT,
                      "Indexed %,d occurrences from %,d documents (%,d with extraction errors):"
                          + " %,d quotations, %,d of them repeated",
                      read.occurrences().size(),
                      read.documents(),
                      read.failed(),
                      quotes.size(),
                      repeated));
            });
  }
}
