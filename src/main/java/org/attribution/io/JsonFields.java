package org.attribution.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.List;

/**
 * Which fields of a JSON Lines input hold the document id and text, and which others to carry to
 * the output. News-please output, for example, keeps its text in {@code maintext}.
 *
 * <p>Immutable, thread-safe and serializable, so that Spark tasks can carry it.
 */
public record JsonFields(String idField, String textField, List<String> keepFields)
    implements Serializable {

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
