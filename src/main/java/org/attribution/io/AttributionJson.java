package org.attribution.io;

import java.util.ArrayList;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts attributions to and from the JSON Lines shape of the evaluation format: one object per
 * document, {@code {"id": ..., "attributions": [...]}}, each attribution with {@code type}, {@code
 * content}, {@code contentSpan}, {@code contentSpans} (only for a content in parts), {@code cue},
 * {@code cueSpan}, {@code cueKind}, {@code speaker}, {@code speakerSpan}, {@code speakerCanonical},
 * {@code speakerKind}, {@code speakers} (only for coordinated speakers), {@code document}, {@code
 * documentSpan}, plus {@code confidence} and {@code sentence}.
 *
 * <p>Thread-safe: the shared mapper is immutable.
 */
public final class AttributionJson {

  /**
   * The mapper used for every JSON line the project reads or writes. Its trees hold no lone UTF-16
   * surrogate: each becomes U+FFFD ({@link WellFormedNodeFactory}).
   */
  public static final JsonMapper MAPPER =
      JsonMapper.builder().nodeFactory(new WellFormedNodeFactory()).build();

  private AttributionJson() {}

  /** The JSON object of one document's attributions. */
  public static ObjectNode document(String id, List<Attribution> attributions) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    ArrayNode array = node.putArray("attributions");
    attributions.forEach(a -> array.add(toJson(a)));
    return node;
  }

  /** One line of JSON Lines, without the line break. */
  public static String line(String id, List<Attribution> attributions) {
    return MAPPER.writeValueAsString(document(id, attributions));
  }

  public static ObjectNode toJson(Attribution a) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", a.type().name());
    node.put("content", a.content());
    putSpan(node, "contentSpan", a.contentSpan());
    if (a.contentSpans().size() > 1) {
      ArrayNode parts = node.putArray("contentSpans");
      a.contentSpans().forEach(part -> parts.addArray().add(part.begin()).add(part.end()));
    }
    node.put("cue", a.cue());
    putSpan(node, "cueSpan", a.cueSpan());
    node.put("cueKind", a.cueKind() == null ? null : a.cueKind().name());
    node.put("speaker", a.speaker());
    putSpan(node, "speakerSpan", a.speakerSpan());
    node.put("speakerCanonical", a.speakerCanonical());
    node.put("speakerKind", a.speakerKind() == null ? null : a.speakerKind().name());
    if (!a.speakers().isEmpty()) {
      a.speakers().forEach(node.putArray("speakers")::add);
    }
    node.put("document", a.document());
    putSpan(node, "documentSpan", a.documentSpan());
    node.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
    node.put("sentence", a.sentence());
    return node;
  }

  /** Reads an attribution written by {@link #toJson}; unknown fields are ignored. */
  public static Attribution fromJson(JsonNode node) {
    Attribution.Builder b =
        Attribution.builder(
            AttributionType.valueOf(node.get("type").asString()),
            text(node, "content"),
            span(node, "contentSpan"));
    JsonNode parts = node.get("contentSpans");
    if (parts != null && parts.isArray() && parts.size() > 0) {
      List<Span> spans = new ArrayList<>();
      parts.forEach(p -> spans.add(Span.of(p.get(0).asInt(), p.get(1).asInt())));
      b.contentParts(text(node, "content"), spans);
    }
    if (span(node, "cueSpan") != null) {
      String kind = text(node, "cueKind");
      b.cue(
          text(node, "cue"),
          span(node, "cueSpan"),
          kind == null ? CueKind.SPEECH : CueKind.valueOf(kind));
    }
    if (span(node, "speakerSpan") != null) {
      b.speaker(text(node, "speaker"), span(node, "speakerSpan"));
    }
    if (span(node, "documentSpan") != null) {
      b.document(text(node, "document"), span(node, "documentSpan"));
    }
    b.speakerCanonical(text(node, "speakerCanonical"));
    String kind = text(node, "speakerKind");
    b.speakerKind(kind == null ? null : SpeakerKind.valueOf(kind));
    if (node.hasNonNull("confidence")) {
      b.confidence(node.get("confidence").asDouble());
    }
    if (node.hasNonNull("sentence")) {
      b.sentence(node.get("sentence").asInt());
    }
    if (node.hasNonNull("speakers")) {
      List<String> speakers = new ArrayList<>();
      node.get("speakers").forEach(n -> speakers.add(n.asString()));
      b.speakers(speakers);
    }
    return b.build();
  }

  /** Reads the {@code attributions} array of a document object. */
  public static List<Attribution> attributions(JsonNode document) {
    List<Attribution> out = new ArrayList<>();
    JsonNode array = document.get("attributions");
    if (array != null) {
      array.forEach(a -> out.add(fromJson(a)));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static Span span(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull()
        ? null
        : Span.of(value.get(0).asInt(), value.get(1).asInt());
  }

  private static void putSpan(ObjectNode node, String field, Span span) {
    if (span == null) {
      node.putNull(field);
    } else {
      node.putArray(field).add(span.begin()).add(span.end());
    }
  }
}
