package org.attribution.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Which fields of a JSON Lines input hold the document id and text, and which others to carry to
 * the output. News-please output, for example, keeps its text in {@code maintext}.
 *
 * <p>Immutable and thread-safe.
 */
public record JsonFields(String idField, String textField, List<String> keepFields) {

  public JsonFields {
    checkArgument(idField != null && !idField.isBlank(), "id field must be named");
    checkArgument(textField != null && !textField.isBlank(), "text field must be named");
    keepFields = List.copyOf(keepFields);
  }

  /** {@code id} and {@code text}, keeping nothing else. */
  public static JsonFields defaults() {
    return new JsonFields("id", "text", List.of());
  }
}
