package org.attribution.batch;

import static java.util.Objects.requireNonNull;

/**
 * Why a document has no attributions in the output: the {@code error} object of its record.
 *
 * <p>Immutable and thread-safe.
 */
public record DocumentError(Kind kind, String message) {

  public DocumentError {
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
  }

  /** What went wrong, as written to the output. */
  public enum Kind {
    /** The document could not be read: a malformed line, an unreadable file, a broken archive. */
    READ("read"),
    /** The text is longer than the batch's {@code --max-chars}. */
    TOO_LONG("too-long"),
    /** Extraction took longer than the batch's {@code --doc-timeout}. */
    TIMEOUT("timeout"),
    /** The extractor failed on this text. */
    EXTRACTION("extraction");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The name written in the output. */
    public String label() {
      return label;
    }
  }
}
