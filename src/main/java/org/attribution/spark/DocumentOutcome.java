package org.attribution.spark;

import java.util.List;
import org.attribution.Attribution;

/**
 * What became of one input document: its attributions, or the reason it has none.
 *
 * @param id the document id, {@code null} when the input had none
 * @param attributions what was found, empty when {@code error} is set
 * @param error why extraction failed, {@code null} on success
 */
record DocumentOutcome(String id, List<Attribution> attributions, String error) {

  DocumentOutcome {
    attributions = List.copyOf(attributions);
  }

  static DocumentOutcome extracted(String id, List<Attribution> attributions) {
    return new DocumentOutcome(id, attributions, null);
  }

  static DocumentOutcome failed(String id, String error) {
    return new DocumentOutcome(id, List.of(), error);
  }
}
