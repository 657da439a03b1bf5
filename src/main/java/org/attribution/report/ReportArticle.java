package org.attribution.report;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attribution.Attribution;

/**
 * One article as the report shows it: its id, its text when known, the attributions the extractor
 * found in it, an error when its output line could not be read or the extractor reported one, and
 * the input fields the extractor kept ({@code --keep-fields title,url}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the article text, or {@code null} when neither the texts nor the output carry it
 * @param error why this article has no (or only partial) attributions, or {@code null}
 * @param fields the kept fields as text, in output order: a {@code title} names the article in the
 *     report, and a {@code url} links to it
 */
public record ReportArticle(
    String id,
    String text,
    List<Attribution> attributions,
    String error,
    Map<String, String> fields) {

  public ReportArticle {
    requireNonNull(id, "id");
    attributions = List.copyOf(attributions);
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** An article without kept fields. */
  public ReportArticle(String id, String text, List<Attribution> attributions, String error) {
    this(id, text, attributions, error, Map.of());
  }

  /** An article whose output line could not be read: it shows in the report with the reason. */
  public static ReportArticle failed(String id, String error) {
    return new ReportArticle(id, null, List.of(), requireNonNull(error, "error"));
  }

  /** This article with {@code newText}, e.g. the text read from the extractor's input. */
  public ReportArticle withText(String newText) {
    return new ReportArticle(id, newText, attributions, error, fields);
  }
}
