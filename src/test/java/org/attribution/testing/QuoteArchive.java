package org.attribution.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The constructed archive of the quote index tests ({@code org/attribution/index/archive.jsonl},
 * described in the README beside it): its articles, and the {@code extract} arguments that give the
 * output the index reads, with the {@code FAST} profile and the kept fields {@code date}, {@code
 * url} and {@code outlet}.
 */
public final class QuoteArchive {

  /** The fields {@code extract --keep-fields} copies for the index. */
  public static final List<String> KEPT = List.of("date", "url", "outlet");

  private QuoteArchive() {}

  /** The archive's articles: JSON Lines with id, date, url, outlet and text. */
  public static Path articles() {
    try {
      return Path.of(
          QuoteArchive.class.getResource("/org/attribution/index/archive.jsonl").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The arguments of {@code extract} that write the archive's output to {@code output}. */
  public static String[] extractArguments(Path output) {
    return new String[] {
      "extract",
      "--input",
      articles().toString(),
      "--output",
      output.toString(),
      "--profile",
      "FAST",
      "--keep-fields",
      String.join(",", KEPT),
      "--quiet"
    };
  }
}
