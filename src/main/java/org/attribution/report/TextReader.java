package org.attribution.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attribution.io.AttributionJson;
import org.attribution.io.TextFileSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the texts the extractor was run on, keyed by the ids the {@code extract} command gives
 * them: a single {@code .txt} file is named by its file name without {@code .txt}; a folder's
 * {@code .txt} files by {@link TextFileSource#idOf}, their path relative to the folder without
 * {@code .txt}; JSON Lines (plain or {@code .gz}) by
 * their {@code id} field, with the text in {@code text}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextReader {

  private TextReader() {}

  /**
   * Reads all texts under {@code input}.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a JSON line has no id or text, naming the line
   */
  public static Map<String, String> read(Path input) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    if (Files.isDirectory(input)) {
      try (Stream<Path> files = Files.walk(input)) {
        List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        for (Path f : txt) {
          texts.put(TextFileSource.idOf(input, f), Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    } else if (Inputs.isJsonLines(input)) {
      readJsonLines(input, texts);
    } else {
      String name = input.getFileName().toString().replaceFirst("\\.txt$", "");
      texts.put(name, Files.readString(input, StandardCharsets.UTF_8));
    }
    return texts;
  }

  private static void readJsonLines(Path input, Map<String, String> texts) throws IOException {
    try (BufferedReader in = Inputs.open(input)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = parse(line, input, number);
        if (!node.hasNonNull("id") || !node.hasNonNull("text")) {
          throw new IllegalArgumentException(input + " line " + number + " needs an id and a text");
        }
        texts.put(node.get("id").asString(), node.get("text").asString());
      }
    }
  }

  private static JsonNode parse(String line, Path input, int number) {
    try {
      return AttributionJson.MAPPER.readTree(line);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(input + " line " + number + " is not JSON: " + e.getMessage(), e);
    }
  }
}
