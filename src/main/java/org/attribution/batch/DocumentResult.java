package org.attribution.batch;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attribution.Attribution;
import tools.jackson.databind.JsonNode;

/**
 * What the batch found for one input document: its attributions, or the error that stopped it.
 *
 * <p>Immutable and thread-safe, provided callers do not mutate the kept JSON values.
 *
 * @param keptFields input fields copied to the output, in order
 * @param attributions empty when there is an error
 */
public record DocumentResult(
    String id,
    Map<String, JsonNode> keptFields,
    List<Attribution> attributions,
    Optional<DocumentError> error) {

  public DocumentResult {
    requireNonNull(id, "id");
    keptFields = Collections.unmodifiableMap(new LinkedHashMap<>(keptFields));
    attributions = List.copyOf(attributions);
    requireNonNull(error, "error");
  }

  static DocumentResult success(
      String id, Map<String, JsonNode> keptFields, List<Attribution> attributions) {
    return new DocumentResult(id, keptFields, attributions, Optional.empty());
  }

  static DocumentResult failure(
      String id, Map<String, JsonNode> keptFields, DocumentError.Kind kind, String message) {
    return new DocumentResult(
        id, keptFields, List.of(), Optional.of(new DocumentError(kind, message)));
  }
}
