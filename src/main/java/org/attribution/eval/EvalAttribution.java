package org.attribution.eval;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One attribution as the scorer sees it, read from a gold or a predicted file. Only the fields that
 * scoring uses are kept, and none is required except the content span, so gold that lacks
 * confidence or sentence numbers and output that adds fields of its own both load.
 *
 * <p>{@code contentSpans} is empty unless the file gives the content in parts (an empty list counts
 * as none, as for the reference scorer). Empty names are stored as {@code null}: an empty name
 * counts as no name when judging speakers.
 *
 * <p>Immutable and thread-safe.
 */
record EvalAttribution(
    String type,
    String content,
    CharSpan contentSpan,
    List<CharSpan> contentSpans,
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
        spans(node, "contentSpans"),
        span(node, "cueSpan"),
        name(node, "speaker"),
        span(node, "speakerSpan"),
        name(node, "speakerCanonical"),
        name(node, "document"),
        span(node, "documentSpan"),
        PythonTruth.isTruthy(node.get("optional")));
  }

  /**
   * The content's parts as the file gives them: its {@code contentSpans}, else its content span.
   */
  List<CharSpan> parts() {
    return contentSpans.isEmpty() ? List.of(contentSpan) : contentSpans;
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

  /** The list of spans of {@code field}; empty when absent or null. */
  private static List<CharSpan> spans(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(
          "field " + field + " is not a list of [begin, end] pairs: " + value);
    }
    List<CharSpan> spans = new ArrayList<>();
    value.forEach(v -> spans.add(pair(v, field)));
    return List.copyOf(spans);
  }

  private static CharSpan span(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : pair(value, field);
  }

  private static CharSpan pair(JsonNode value, String field) {
    if (!value.isArray()
        || value.size() != 2
        || !value.get(0).isIntegralNumber()
        || !value.get(1).isIntegralNumber()) {
      throw new IllegalArgumentException(
          "field " + field + " is not a [begin, end] pair: " + value);
    }
    if (value.get(1).asInt() < value.get(0).asInt()) {
      // A span written backwards is a mistake in the file, not an empty span to score as one.
      throw new IllegalArgumentException(
          "field " + field + ": span " + value + " ends before it begins");
    }
    try {
      return new CharSpan(value.get(0).asInt(), value.get(1).asInt());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field " + field + ": " + e.getMessage(), e);
    }
  }
}
