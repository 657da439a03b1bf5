package org.attribution.index;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attribution.io.AttributionJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The occurrences of one line of extraction output, or why there are none: a line that is not a
 * JSON object with an id, or a document the extraction failed on (its {@code error} record). An
 * attribution that cannot be read is left out and named in {@link #problem()}, the rest kept.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problem what was wrong with the line, or null
 */
public record OccurrenceLine(Kind kind, List<Occurrence> occurrences, String problem) {

  /** What the line held. */
  public enum Kind {
    /** A document and its attributions. */
    DOCUMENT,
    /** An extraction error record: a document without attributions to index. */
    FAILED,
    /** Not a JSON object with an id. */
    UNREADABLE
  }

  public OccurrenceLine {
    occurrences = List.copyOf(occurrences);
  }

  /** Parses one line written by {@code extract} (or by the Spark job's JSON Lines output). */
  public static OccurrenceLine parse(String line, IndexFields fields) {
    requireNonNull(fields, "fields");
    JsonNode node;
    try {
      node = AttributionJson.MAPPER.readTree(line);
    } catch (JacksonException e) {
      return new OccurrenceLine(Kind.UNREADABLE, List.of(), "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject() || !node.hasNonNull("id")) {
      return new OccurrenceLine(Kind.UNREADABLE, List.of(), "not a document: no id");
    }
    if (node.hasNonNull("error")) {
      return new OccurrenceLine(Kind.FAILED, List.of(), null);
    }
    String id = node.get("id").asString();
    String date = value(node, fields.dateField());
    String url = value(node, fields.urlField());
    String outlet = value(node, fields.outletField());
    if (outlet == null) {
      outlet = host(url);
    }
    long time = Dates.sortKey(date);
    List<Occurrence> found = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    JsonNode array = node.path("attributions");
    for (int i = 0; i < array.size(); i++) {
      try {
        found.add(Occurrence.dated(id, date, time, url, outlet, AttributionJson.fromJson(array.get(i)), i));
      } catch (IllegalArgumentException | NullPointerException e) {
        skipped.add("attribution " + (i + 1) + " of " + id + " skipped: " + e.getMessage());
      }
    }
    return new OccurrenceLine(Kind.DOCUMENT, found, skipped.isEmpty() ? null : String.join("; ", skipped));
  }

  /** A field's text: a string as it is, any other value as JSON; null when absent. */
  private static String value(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isString() ? value.asString() : value.toString();
  }

  /** The host of a URL without {@code www.}, or null. */
  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
