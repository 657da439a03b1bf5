package org.attribution.index;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.attribution.Attribution;
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
    Origin origin = Origin.of(field -> value(node, field), fields);
    List<Occurrence> found = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    JsonNode array = node.path("attributions");
    for (int i = 0; i < array.size(); i++) {
      try {
        found.add(origin.occurrence(id, AttributionJson.fromJson(array.get(i)), i));
      } catch (IllegalArgumentException | NullPointerException e) {
        skipped.add("attribution " + (i + 1) + " of " + id + " skipped: " + e.getMessage());
      }
    }
    return new OccurrenceLine(
        Kind.DOCUMENT, found, skipped.isEmpty() ? null : String.join("; ", skipped));
  }

  /**
   * The occurrences of document {@code id}'s {@code attributions}, numbered by their place in the
   * list, with the date, URL and outlet that {@code fields} name among its kept fields ({@code
   * kept} gives a field's text, or null), as {@link #parse} reads them from its line: a report
   * builds them from the output it has already read.
   */
  public static List<Occurrence> occurrences(
      String id,
      List<Attribution> attributions,
      Function<String, String> kept,
      IndexFields fields) {
    Origin origin = Origin.of(kept, fields);
    List<Occurrence> found = new ArrayList<>(attributions.size());
    for (int i = 0; i < attributions.size(); i++) {
      found.add(origin.occurrence(id, attributions.get(i), i));
    }
    return found;
  }

  /**
   * Where a document comes from: its date, URL and outlet, the URL's host where no outlet is kept.
   */
  private record Origin(String date, long time, String url, String outlet) {

    /** The document's date is parsed here, once, not once per attribution. */
    static Origin of(Function<String, String> kept, IndexFields fields) {
      String date = kept.apply(fields.dateField());
      String url = kept.apply(fields.urlField());
      String outlet = kept.apply(fields.outletField());
      return new Origin(date, Dates.sortKey(date), url, outlet == null ? host(url) : outlet);
    }

    Occurrence occurrence(String id, Attribution a, int number) {
      return Occurrence.dated(id, date, time, url, outlet, a, number);
    }
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
