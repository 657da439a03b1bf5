package org.attribution.spark;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.batch.DocumentError;

/**
 * What became of one input document: its attributions, or why it has none.
 *
 * @param id the document id, {@code null} when the input had none
 * @param attributions what was found, empty on failure
 * @param error why extraction failed, with the command line's kinds; {@code null} on success
 */
record DocumentOutcome(String id, List<Attribution> attributions, DocumentError error) {

  DocumentOutcome {
    attributions = List.copyOf(attributions);
  }

  static DocumentOutcome extracted(String id, List<Attribution> attributions) {
    return new DocumentOutcome(id, attributions, null);
  }

  static DocumentOutcome failed(String id, DocumentError.Kind kind, String message) {
    return new DocumentOutcome(id, List.of(), new DocumentError(kind, message));
  }
}
