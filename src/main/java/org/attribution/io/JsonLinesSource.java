package org.attribution.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.attribution.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads JSON Lines, plain or gzipped, one document per line, taking the id and text from the
 * fields {@link JsonFields} names. A line that is not a JSON object or lacks a text becomes an
 * {@link SourceRecord.Unreadable} naming the file and line, and reading goes on; a line without an
 * id takes {@code name:line} as its id. A stream that breaks off (a truncated {@code .gz}) ends with
 * one {@code Unreadable} record saying after which line, keeping every whole line before it.
 *
 * <p>Not thread-safe.
 */
public final class JsonLinesSource implements DocumentSource {

  private final String name;
  private final JsonFields fields;
  private final StopAtBreakInputStream input;
  private final BufferedReader reader;
  private long lineNumber;
  private boolean broken;

  private JsonLinesSource(String name, InputStream in, JsonFields fields) throws IOException {
    this.name = name;
    this.fields = fields;
    this.input = new StopAtBreakInputStream(Gzip.decompressIfGzipped(in));
    this.reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
  }

  /**
   * Reads JSON Lines from {@code in}, gzipped or not.
   *
   * @param name the file name used in ids and messages
   * @throws IOException if the start of the stream cannot be read
   */
  public static JsonLinesSource open(String name, InputStream in, JsonFields fields) throws IOException {
    return new JsonLinesSource(name, in, fields);
  }

  @Override
  public Optional<SourceRecord> next() {
    while (!broken) {
      String line;
      try {
        line = reader.readLine();
      } catch (IOException e) {
        return Optional.of(breakOff(e));
      }
      if (input.failure().isPresent() && (line == null || isTornByTheBreak())) {
        return Optional.of(breakOff(input.failure().get()));
      }
      if (line == null) {
        return Optional.empty();
      }
      lineNumber++;
      if (!line.isBlank()) {
        return Optional.of(parse(line));
      }
    }
    return Optional.empty();
  }

  /** Whether the line just read is the last one before a break, cut short by it. */
  private boolean isTornByTheBreak() {
    try {
      return !reader.ready() && !input.endedAtLineBreak();
    } catch (IOException e) {
      return true;
    }
  }

  private SourceRecord breakOff(IOException e) {
    broken = true;
    return new SourceRecord.Unreadable(
        location(lineNumber + 1),
        name + " breaks off after line " + lineNumber + " (" + e.getMessage()
            + "): it is truncated or corrupt, and any documents after that line are missing");
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private SourceRecord parse(String line) {
    JsonNode node;
    try {
      node = AttributionJson.MAPPER.readTree(line);
    } catch (JacksonException e) {
      return new SourceRecord.Unreadable(
          location(lineNumber), location(lineNumber) + " is not valid JSON: " + e.getOriginalMessage()
              + (name.equals(DocumentSources.STDIN_NAME) ? " (plain text on standard input needs --input-format txt)" : ""));
    }
    if (!node.isObject()) {
      return new SourceRecord.Unreadable(location(lineNumber), location(lineNumber) + " is not a JSON object");
    }
    JsonNode idNode = node.get(fields.idField());
    String id = idNode == null || idNode.isNull() ? location(lineNumber) : idNode.asString();
    JsonNode text = node.get(fields.textField());
    if (text == null || !text.isString()) {
      return new SourceRecord.Unreadable(
          id, location(lineNumber) + " has no text in field \"" + fields.textField() + "\"");
    }
    Map<String, JsonNode> kept = new LinkedHashMap<>();
    for (String field : fields.keepFields()) {
      JsonNode value = node.get(field);
      if (value != null) {
        kept.put(field, value);
      }
    }
    return new SourceRecord.Article(Document.of(id, text.asString()), kept);
  }

  private String location(long line) {
    return name + ":" + line;
  }
}
