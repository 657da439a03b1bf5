package org.attribution.eval;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attribution.io.AttributionJson;
import org.attribution.io.Gzip;
import org.attribution.io.JsonLinesFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The documents of one evaluation file (JSON Lines, one document per line) or folder of them, keyed
 * by id in file order. A later line with the same id replaces the earlier one but keeps its place,
 * as a Python {@code dict} does.
 *
 * <p>Gold documents must carry an {@code attributions} array; predicted documents may omit it. Text
 * is optional in both, and only the gold text is used (to trim spans).
 *
 * <p>Immutable and thread-safe once read.
 */
public final class EvalCorpus {

  private final Map<String, EvalDocument> documents;
  private final List<String> warnings;

  private EvalCorpus(Map<String, EvalDocument> documents, List<String> warnings) {
    this.documents = Collections.unmodifiableMap(documents);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * What the file held that the scores do not show: ids that repeat (the later line wins), and
   * predicted lines that are error records or have no attributions (scored as predicting nothing).
   */
  public List<String> warnings() {
    return warnings;
  }

  /** Reads a gold file; throws {@link IllegalArgumentException} naming the line of bad input. */
  public static EvalCorpus readGold(Path path) throws IOException {
    return read(path, true);
  }

  /**
   * Reads a predicted file; throws {@link IllegalArgumentException} naming the line of bad input.
   */
  public static EvalCorpus readPredicted(Path path) throws IOException {
    return read(path, false);
  }

  /** The documents in file order. */
  Collection<EvalDocument> documents() {
    return documents.values();
  }

  /** The attributions of the document with this id; none when the file lacks the document. */
  List<EvalAttribution> attributionsOf(String id) {
    EvalDocument doc = documents.get(id);
    return doc == null ? List.of() : doc.attributions();
  }

  /** The ids of the documents, in file order. */
  public Set<String> ids() {
    return documents.keySet();
  }

  /**
   * Reads {@code path}: a file, or a folder of them such as a Spark job's output ({@link
   * JsonLinesFiles}).
   */
  private static EvalCorpus read(Path path, boolean gold) throws IOException {
    Map<String, EvalDocument> documents = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    for (Path file : JsonLinesFiles.of(path)) {
      read(file, gold, documents, warnings);
    }
    return new EvalCorpus(documents, warnings);
  }

  private static void read(
      Path file, boolean gold, Map<String, EvalDocument> documents, List<String> warnings)
      throws IOException {
    // A FileInputStream reads a named pipe too; a channel's stream fails on it ("Illegal seek").
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Gzip.decompressIfGzipped(new FileInputStream(file.toFile())),
                StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        if (documents.isEmpty()) {
          JsonLinesFiles.refuseCsv(file, line);
        }
        try {
          JsonNode node = AttributionJson.MAPPER.readTree(line);
          EvalDocument doc = document(node, gold);
          String where = file + ":" + lineNumber + ": document " + doc.id();
          if (documents.containsKey(doc.id())) {
            warnings.add(where + " appears again; this line replaces the earlier one");
          }
          if (!gold && node.has("error")) {
            warnings.add(where + " is an error record; it is scored as predicting nothing");
          } else if (!gold && !node.path("attributions").isArray()) {
            warnings.add(where + " has no attributions; it is scored as predicting nothing");
          }
          documents.put(doc.id(), doc);
        } catch (JacksonException | IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private static EvalDocument document(JsonNode node, boolean gold) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("the line is not a JSON object");
    }
    JsonNode id = node.get("id");
    if (id == null || !id.isString()) {
      throw new IllegalArgumentException("the document has no string id");
    }
    JsonNode text = node.get("text");
    if (text != null && !text.isNull() && !text.isString()) {
      throw new IllegalArgumentException("document " + id.asString() + ": text is not a string");
    }
    JsonNode array = node.get("attributions");
    List<EvalAttribution> attributions = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(a -> attributions.add(EvalAttribution.fromJson(a)));
    } else if (gold || (array != null && !array.isNull())) {
      throw new IllegalArgumentException(
          "document " + id.asString() + " has no attributions array");
    }
    return new EvalDocument(
        id.asString(), text == null || text.isNull() ? null : text.asString(), attributions);
  }
}
