package org.attribution.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attribution.Attribution;
import org.attribution.io.AttributionJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the extractor's JSON Lines output (plain or {@code .gz}) into {@link ReportArticle}s, in
 * file order. A line that is not JSON becomes an article carrying the error, and an attribution
 * that cannot be read is left out with an error on its article, so one bad record never hides
 * the rest of an archive. A {@code text} field on a line is kept; an {@code error}
 * field is shown as the article's error.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExtractionReader {

  private ExtractionReader() {}

  /**
   * Reads {@code output} and gives each article its text from {@code texts} (read by {@link
   * TextReader}), where the texts have its id. Articles without a text there keep the output's
   * own {@code text} field, if any.
   */
  public static List<ReportArticle> read(Path output, Path texts) throws IOException {
    Map<String, String> byId = TextReader.read(texts);
    List<ReportArticle> articles = new ArrayList<>();
    for (ReportArticle article : read(output)) {
      String text = byId.get(article.id());
      articles.add(text == null ? article : article.withText(text));
    }
    return articles;
  }

  /** Reads every non-blank line of {@code output}. */
  public static List<ReportArticle> read(Path output) throws IOException {
    List<ReportArticle> articles = new ArrayList<>();
    try (BufferedReader in = Inputs.open(output)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (!line.isBlank()) {
          articles.add(parse(line, number));
        }
      }
    }
    return articles;
  }

  static ReportArticle parse(String line, int number) {
    String id = "line " + number;
    try {
      JsonNode node = AttributionJson.MAPPER.readTree(line);
      if (!node.hasNonNull("id")) {
        return ReportArticle.failed(id, "line " + number + " has no id");
      }
      id = node.get("id").asString();
      List<Attribution> attributions = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      Optional.ofNullable(error(node)).ifPresent(errors::add);
      JsonNode array = node.path("attributions");
      for (int i = 0; i < array.size(); i++) {
        try {
          attributions.add(AttributionJson.fromJson(array.get(i)));
        } catch (IllegalArgumentException | NullPointerException e) {
          // An unknown type or kind, a missing field, or spans that break an invariant: show the
          // article with the attributions that can be read, and say which could not.
          errors.add("attribution " + (i + 1) + " skipped: " + e.getMessage());
        }
      }
      String error = errors.isEmpty() ? null : String.join("; ", errors);
      return new ReportArticle(id, optional(node, "text"), attributions, error);
    } catch (JacksonException e) {
      return ReportArticle.failed(id, "cannot read line " + number + ": " + e.getOriginalMessage());
    }
  }

  /** The {@code error} of a line: the extract command writes an object of kind and message. */
  private static String error(JsonNode node) {
    JsonNode error = node.get("error");
    if (error != null && error.isObject()) {
      return optional(error, "kind") + ": " + optional(error, "message");
    }
    return optional(node, "error");
  }

  private static String optional(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asString() : null;
  }
}
