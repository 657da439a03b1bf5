package org.attribution.report;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attribution.Attribution;
import org.attribution.io.AttributionJson;
import org.attribution.io.Gzip;
import org.attribution.io.JsonLinesFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the extractor's JSON Lines output (plain or gzipped, told apart by their bytes, not their
 * names; a file or a folder of them such as a Spark job's output) into {@link ReportArticle}s, in
 * file order. A line that is not JSON becomes an article carrying the error, and an attribution
 * that cannot be read is left out with an error on its article, so one bad record never hides the
 * rest of an archive. A {@code text} field on a line is kept; an {@code error} field is shown as
 * the article's error; the other fields are the input fields the extractor kept. A file with no
 * JSON object at all (the CSV the extractor also writes, a text) is refused as a whole.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExtractionReader {

  /** How the error of an article whose line is not JSON starts. */
  public static final String UNREADABLE = "cannot read line ";

  /** The fields of an output line that are the record's own, not kept from the input. */
  private static final Set<String> OWN_FIELDS = Set.of("id", "text", "attributions", "error");

  private ExtractionReader() {}

  /**
   * Reads {@code output} and gives each article its text from {@code texts} (read by {@link
   * TextReader}), where the texts have its id.
   */
  public static List<ReportArticle> read(Path output, Path texts) throws IOException {
    return withTexts(read(output), TextReader.read(texts));
  }

  /**
   * {@code articles} with their text from {@code byId} where it has their id; the others keep the
   * output's own {@code text} field, if any. Articles that share an id take its texts in order, the
   * n-th article the n-th text (the last, when there are fewer texts than articles).
   */
  public static List<ReportArticle> withTexts(
      List<ReportArticle> articles, Map<String, List<String>> byId) {
    List<ReportArticle> withTexts = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ReportArticle article : articles) {
      List<String> texts = byId.getOrDefault(article.id(), List.of());
      int place = seen.merge(article.id(), 1, Integer::sum) - 1;
      withTexts.add(
          texts.isEmpty()
              ? article
              : article.withText(texts.get(Math.min(place, texts.size() - 1))));
    }
    return withTexts;
  }

  /**
   * Reads every non-blank line of {@code output}, a file or a folder ({@link JsonLinesFiles}).
   *
   * @throws IllegalArgumentException if a file holds no JSON object, naming it (and saying so when
   *     it is the extractor's CSV)
   */
  public static List<ReportArticle> read(Path output) throws IOException {
    List<ReportArticle> articles = new ArrayList<>();
    for (Path file : JsonLinesFiles.of(output)) {
      readFile(file, articles);
    }
    return articles;
  }

  private static void readFile(Path file, List<ReportArticle> articles) throws IOException {
    // A FileInputStream, whose available() answers for a pipe too, where the stream of
    // Files.newInputStream fails with "Illegal seek": report --input <(zcat out.jsonl.gz).
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Gzip.decompressIfGzipped(new FileInputStream(file.toFile())),
                StandardCharsets.UTF_8))) {
      int number = 0;
      String first = null;
      boolean anyObject = false;
      try {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          number++;
          if (!line.isBlank()) {
            first = first == null ? line : first;
            anyObject |= line.stripLeading().startsWith("{");
            articles.add(parse(line, number));
          }
        }
      } catch (IOException e) {
        // A corrupt or cut gzip member: the articles before it are shown, the loss as an error.
        articles.add(
            ReportArticle.failed(
                file + ":" + (number + 1),
                UNREADABLE
                    + (number + 1)
                    + " of "
                    + file
                    + ": "
                    + e.getMessage()
                    + "; the lines after it are missing"));
      }
      if (first != null && !anyObject) {
        throw new IllegalArgumentException(notJsonLines(file, first));
      }
    }
  }

  private static String notJsonLines(Path file, String first) {
    JsonLinesFiles.refuseCsv(file, first);
    return file + " is not JSON Lines; report reads the JSON Lines that extract writes";
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
      return new ReportArticle(id, optional(node, "text"), attributions, error, keptFields(node));
    } catch (JacksonException e) {
      return ReportArticle.failed(id, UNREADABLE + number + ": " + e.getOriginalMessage());
    }
  }

  /**
   * The input fields the extractor kept, as text: values as they are, objects and arrays as JSON.
   */
  private static Map<String, String> keptFields(JsonNode node) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      if (!OWN_FIELDS.contains(field.getKey()) && !value.isNull()) {
        fields.put(field.getKey(), value.isValueNode() ? value.asString() : value.toString());
      }
    }
    return fields;
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
