package org.attribution.batch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attribution.Attribution;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one JSON line per document in the evaluation format: {@code id}, the kept input fields,
 * then {@code attributions}, or an {@code error} object ({@code kind}, {@code message}) instead.
 *
 * <p>Not thread-safe.
 */
public final class JsonLinesSink implements ResultSink {

  private final OutputFile out;

  public JsonLinesSink(OutputFile out) {
    this.out = out;
  }

  /** The JSON object written for {@code result}. */
  static ObjectNode toJson(DocumentResult result) {
    return toJson(result.id(), result.keptFields(), result.attributions(), result.error());
  }

  /**
   * The JSON object written for a document, also by the Spark job, which may meet a document
   * without an id ({@code null}).
   */
  public static ObjectNode toJson(
      String id,
      Map<String, JsonNode> keptFields,
      List<Attribution> attributions,
      Optional<DocumentError> error) {
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("id", id);
    // Kept fields never overwrite the record's own fields.
    keptFields.forEach(
        (field, value) -> {
          if (!field.equals("attributions") && !field.equals("error")) {
            node.putIfAbsent(field, value);
          }
        });
    error.ifPresentOrElse(
        e -> node.putObject("error").put("kind", e.kind().label()).put("message", e.message()),
        () ->
            node.set(
                "attributions", AttributionJson.document(id, attributions).get("attributions")));
    return node;
  }

  @Override
  public void write(DocumentResult result) throws IOException {
    // One call per line, so that a flush from another thread never splits a line from its break.
    out.writer().write(AttributionJson.MAPPER.writeValueAsString(toJson(result)) + "\n");
  }

  @Override
  public void flush(boolean durable) throws IOException {
    out.flush(durable);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
