package org.attribution.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attribution.Attribution;
import org.attribution.io.AttributionJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the extractor's JSON Lines output (plain or {@code .gz}) into {@link ReportArticle}s, in
 * file order. A line that cannot be read becomes an article carrying the error, so one bad line
 * never hides the rest of an archive. A {@code text} field on a line is kept; an {@code error}
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
      List<Attribution> attributions = AttributionJson.attributions(node);
      return new ReportArticle(id, optional(node, "text"), attributions, optional(node, "error"));
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      // Malformed JSON, an unknown type or kind, or an attribution that breaks its invariants.
      return ReportArticle.failed(id, "cannot read line " + number + ": " + e.getMessage());
    }
  }

  private static String optional(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asString() : null;
  }
}
