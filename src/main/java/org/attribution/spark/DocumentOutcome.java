package org.attribution.spark;

import java.util.List;
import org.attribution.Attribution;

/**
 * What became of one input document: its attributions, or why it has none.
 *
 * @param id the document id, {@code null} when the input had none
 * @param attributions what was found, empty on failure
 * @param failure why extraction failed, {@code null} on success
 */
record DocumentOutcome(String id, List<Attribution> attributions, Failure failure) {

  /**
   * Why a document has no attributions: the {@code error} of its output record, with the same kinds
   * as the command line writes.
   */
  record Failure(Kind kind, String message) {}

  /** What went wrong; {@link #label()} is what the output says. */
  enum Kind {
    /** The input record could not be read: malformed, or without id or text. */
    READ("read"),
    /** The text is longer than the limit. */
    TOO_LONG("too-long"),
    /** Extraction took longer than the time limit. */
    TIMEOUT("timeout"),
    /** The extractor failed on this text. */
    EXTRACTION("extraction");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  DocumentOutcome {
    attributions = List.copyOf(attributions);
  }

  static DocumentOutcome extracted(String id, List<Attribution> attributions) {
    return new DocumentOutcome(id, attributions, null);
  }

  static DocumentOutcome failed(String id, Kind kind, String message) {
    return new DocumentOutcome(id, List.of(), new Failure(kind, message));
  }
}
