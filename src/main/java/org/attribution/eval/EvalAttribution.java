package org.attribution.eval;

import tools.jackson.databind.JsonNode;

/**
 * One attribution as the scorer sees it, read from a gold or a predicted file. Only the fields that
 * scoring uses are kept, and none is required except the content span, so gold that lacks confidence
 * or sentence numbers and output that adds fields of its own both load.
 *
 * <p>Empty names are stored as {@code null}: an empty name counts as no name when judging speakers.
 *
 * <p>Immutable and thread-safe.
 */
record EvalAttribution(
    String type,
    String content,
    CharSpan contentSpan,
    CharSpan cueSpan,
    String speaker,
    CharSpan speakerSpan,
    String speakerCanonical,
    String document,
    CharSpan documentSpan,
    boolean optional) {

  /** Reads one attribution object; throws {@link IllegalArgumentException} on a malformed field. */
  static EvalAttribution fromJson(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("an attribution is not a JSON object: " + node);
    }
    CharSpan content = span(node, "contentSpan");
    if (content == null) {
      throw new IllegalArgumentException("an attribution has no contentSpan: " + node);
    }
    return new EvalAttribution(
        string(node, "type"),
        string(node, "content"),
        content,
        span(node, "cueSpan"),
        name(node, "speaker"),
        span(node, "speakerSpan"),
        name(node, "speakerCanonical"),
        name(node, "document"),
        span(node, "documentSpan"),
        PythonTruth.isTruthy(node.get("optional")));
  }

  /** True when the gold or predicted attribution names any speaker or document. */
  boolean hasSource() {
    return speaker != null || speakerCanonical != null || document != null;
  }

  private static String name(JsonNode node, String field) {
    String value = string(node, field);
    return value == null || value.isEmpty() ? null : value;
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new IllegalArgumentException("field " + field + " is not a string: " + value);
    }
    return value.asString();
  }

  private static CharSpan span(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()
        || value.size() != 2
        || !value.get(0).isIntegralNumber()
        || !value.get(1).isIntegralNumber()) {
      throw new IllegalArgumentException("field " + field + " is not a [begin, end] pair: " + value);
    }
    try {
      return new CharSpan(value.get(0).asInt(), value.get(1).asInt());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field " + field + ": " + e.getMessage(), e);
    }
  }
}
