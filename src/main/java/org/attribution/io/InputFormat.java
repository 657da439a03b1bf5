package org.attribution.io;

import java.util.Locale;
import java.util.Optional;

/** The kinds of input the batch reads. */
public enum InputFormat {
  /** Plain-text articles: a {@code .txt} file or a folder searched recursively for them. */
  TXT,
  /** JSON Lines, one article per line, plain or gzipped. */
  JSONL,
  /** A WARC web archive, plain or gzipped, whose HTML responses are articles. */
  WARC;

  /**
   * The format a file name suggests: {@code .txt} or a folder is TXT; {@code .jsonl}, {@code
   * .ndjson} and {@code .json} are JSONL; {@code .warc} is WARC; each may end in {@code .gz}.
   */
  public static Optional<InputFormat> fromName(String name, boolean isDirectory) {
    if (isDirectory) {
      return Optional.of(TXT);
    }
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    if (n.endsWith(".txt")) {
      return Optional.of(TXT);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".warc")) {
      return Optional.of(WARC);
    }
    return Optional.empty();
  }
}
