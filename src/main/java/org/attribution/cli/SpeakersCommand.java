package org.attribution.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attribution.options.IndexFieldOptions;
import org.attribution.speakers.Speaker;
import org.attribution.speakers.SpeakerIndex;
import org.attribution.speakers.SpeakerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code speakers} command: reads the output of {@code extract} and writes one JSON line per
 * speaker, most quoted first. Exit status 0 when every line was read, 1 when some lines or
 * attributions could not be (each is named on standard error), 2 for bad usage, an unreadable input
 * or an unwritable output.
 */
@Command(
    name = "speakers",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Indexes who is quoted in an archive, one line per speaker, most quoted first.",
      "Reads the JSON Lines extract wrote; each line gives a speaker's names, kind, counts by type,",
      "outlet and month, the gender the texts state, first and last appearance, and occurrences with",
      "their quote index ids.",
      "Keep the documents' dates, URLs and outlets with extract --keep-fields date,url,outlet."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every line was indexed",
      "1:some lines or attributions could not be read (each is named)",
      "2:bad usage, unreadable input or unwritable output"
    })
final class SpeakersCommand implements Callable<Integer> {

  @Mixin IndexIoOptions files;

  @Mixin IndexFieldOptions fieldOptions;

  @Option(
      names = "--gender-from-names",
      description =
          "Where the texts state no gender for a person, guess it from their first name (bundled"
              + " list; marked basis first-name). Off by default: a guess, not what the text says.")
  boolean genderFromNames;

  private final PrintStream err;

  SpeakersCommand() {
    this(System.err);
  }

  SpeakersCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() {
    return new OccurrenceInput("speakers", err)
        .run(
            files,
            fieldOptions,
            read -> {
              SpeakerIndex.Result index = SpeakerIndex.of(read.occurrences(), genderFromNames);
              List<Speaker> speakers = index.speakers();
              return new OccurrenceInput.Indexed(
                  out -> SpeakerJson.write(speakers, out),
                  String.format(
                      Locale.ROOT,
                      "Indexed %,d occurrences from %,d documents (%,d with extraction errors):"
                          + " %,d speakers, %,d of them ambiguous; %,d occurrences name no speaker",
                      read.occurrences().size(),
                      read.documents(),
                      read.failed(),
                      speakers.size(),
                      speakers.stream().filter(Speaker::ambiguous).count(),
                      index.unnamed()));
            });
  }
}
