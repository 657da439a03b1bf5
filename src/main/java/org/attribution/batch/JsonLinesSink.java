package org.attribution.batch;

import java.io.IOException;
import org.attribution.io.AttributionJson;
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
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("id", result.id());
    // Kept fields never overwrite the record's own fields.
    result.keptFields().forEach((field, value) -> {
      if (!field.equals("attributions") && !field.equals("error")) {
        node.putIfAbsent(field, value);
      }
    });
    result.error().ifPresentOrElse(
        error -> node.putObject("error").put("kind", error.kind().label()).put("message", error.message()),
        () -> node.set("attributions", AttributionJson.document(result.id(), result.attributions()).get("attributions")));
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
