package org.attribution.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The constructed archive of the speaker index tests ({@code
 * org/attribution/speakers/archive.jsonl}, described in the README beside it, with its gold file of
 * who is who): its articles and gold, and the {@code extract} arguments that give the output the
 * index reads, with the {@code FAST} profile and the kept fields {@code date}, {@code url} and
 * {@code outlet}.
 */
public final class SpeakerArchive {

  private SpeakerArchive() {}

  /** The archive's articles: JSON Lines with id, date, url, outlet and text. */
  public static Path articles() {
    return resource("archive.jsonl");
  }

  /** Its gold file: for each article, the sources it quotes and the names it gives them. */
  public static Path gold() {
    return resource("gold.jsonl");
  }

  private static Path resource(String name) {
    try {
      return Path.of(SpeakerArchive.class.getResource("/org/attribution/speakers/" + name).toURI());
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
      String.join(",", QuoteArchive.KEPT),
      "--quiet"
    };
  }
}
