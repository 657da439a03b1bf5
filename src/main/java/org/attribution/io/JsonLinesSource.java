package org.attribution.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads JSON Lines, plain or gzipped, one document per line, taking the id and text from the fields
 * {@link JsonFields} names. A line that is not a JSON object or lacks a text becomes an {@link
 * SourceRecord.Unreadable} naming the file and line, and reading goes on; a line without an id
 * takes {@code name:line} as its id. A stream that breaks off (a truncated {@code .gz}) ends with
 * one {@code Unreadable} record saying after which line, keeping every whole line before it.
 *
 * <p>Not thread-safe.
 */
public final class JsonLinesSource implements DocumentSource {

  /**
   * Longer lines become error records without being held in memory: room for the longest text the
   * extractor takes even when every character is written as a six-byte escape such as u+00e9, and
   * fields beside it.
   */
  static final int MAX_LINE_BYTES = 8 * AttributionExtractor.MAX_TEXT_LENGTH;

  private final String name;
  private final JsonFields fields;
  private final StopAtBreakInputStream input;
  private final BoundedLineReader lines;
  private final int maxLineBytes;
  private long lineNumber;
  private boolean broken;

  private JsonLinesSource(String name, InputStream in, JsonFields fields, int maxLineBytes)
      throws IOException {
    this.name = name;
    this.fields = fields;
    this.input = new StopAtBreakInputStream(Gzip.decompressIfGzipped(in));
    this.lines = new BoundedLineReader(input, maxLineBytes);
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads JSON Lines from {@code in}, gzipped or not.
   *
   * @param name the file name used in ids and messages
   * @throws IOException if the start of the stream cannot be read
   */
  public static JsonLinesSource open(String name, InputStream in, JsonFields fields)
      throws IOException {
    return open(name, in, fields, MAX_LINE_BYTES);
  }

  /** The same, with lines longer than {@code maxLineBytes} skipped. */
  static JsonLinesSource open(String name, InputStream in, JsonFields fields, int maxLineBytes)
      throws IOException {
    return new JsonLinesSource(name, in, fields, maxLineBytes);
  }

  @Override
  public Optional<SourceRecord> next() {
    while (!broken) {
      Optional<BoundedLineReader.Line> line;
      try {
        line = lines.next();
      } catch (IOException e) {
        return Optional.of(breakOff(e));
      }
      boolean tornByTheBreak = line.isEmpty() || !lines.lastLineEnded();
      if (input.failure().isPresent() && tornByTheBreak) {
        return Optional.of(breakOff(input.failure().get()));
      }
      if (line.isEmpty()) {
        return Optional.empty();
      }
      lineNumber++;
      if (line.get().text().isEmpty()) {
        return Optional.of(tooLong(line.get().bytes()));
      }
      if (!line.get().text().get().isBlank()) {
        return Optional.of(parse(line.get().text().get()));
      }
    }
    return Optional.empty();
  }

  private SourceRecord tooLong(long bytes) {
    return new SourceRecord.Unreadable(
        location(lineNumber),
        String.format(
            Locale.ROOT,
            "%s has %,d bytes, more than the limit of %,d for one line; it was skipped",
            location(lineNumber),
            bytes,
            maxLineBytes));
  }

  private SourceRecord breakOff(IOException e) {
    broken = true;
    return new SourceRecord.Unreadable(
        location(lineNumber + 1),
        name
            + " breaks off after line "
            + lineNumber
            + " ("
            + e.getMessage()
            + "): it is truncated or corrupt, and any documents after that line are missing");
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  private SourceRecord parse(String line) {
    String hint =
        name.equals(DocumentSources.STDIN_NAME)
            ? " (plain text on standard input needs --input-format txt)"
            : "";
    return parse(line, fields, location(lineNumber), hint);
  }

  /**
   * Reads one document from {@code json}, a JSON object as a line of JSON Lines holds it (it may
   * span lines), by the same rules as each line of a source: an {@link SourceRecord.Unreadable}
   * when it is not valid JSON, not an object or has no text, the id {@code location} when it has
   * none.
   *
   * @param location where the document comes from, for messages
   */
  public static SourceRecord parse(String json, JsonFields fields, String location) {
    return parse(json, fields, location, "");
  }

  private static SourceRecord parse(
      String line, JsonFields fields, String location, String invalidJsonHint) {
    JsonNode node;
    try {
      node = AttributionJson.MAPPER.readTree(line);
    } catch (JacksonException e) {
      return new SourceRecord.Unreadable(
          location, location + " is not valid JSON: " + e.getOriginalMessage() + invalidJsonHint);
    }
    if (!node.isObject()) {
      return new SourceRecord.Unreadable(location, location + " is not a JSON object");
    }
    JsonNode idNode = node.get(fields.idField());
    if (idNode != null && !idNode.isValueNode()) {
      return new SourceRecord.Unreadable(
          location,
          location
              + " has an id (field \""
              + fields.idField()
              + "\") that is a JSON "
              + idNode.getNodeType().name().toLowerCase(Locale.ROOT)
              + ", not a string or number");
    }
    String id =
        idNode == null || idNode.isNull()
            ? location
            : idNode.isNumber() ? numberAsWritten(line, fields.idField()) : idNode.asString();
    JsonNode text = node.get(fields.textField());
    if (text == null || !text.isString()) {
      return new SourceRecord.Unreadable(
          id, location + " has no text in field \"" + fields.textField() + "\"");
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

  /**
   * The id field's number as the line writes it: parsed, {@code 1e400} and {@code 2e400} would both
   * be {@code Infinity}, and {@code 1.0} would lose its {@code .0}.
   */
  private static String numberAsWritten(String line, String idField) {
    try (JsonParser parser = AttributionJson.MAPPER.createParser(line)) {
      parser.nextToken(); // the object
      for (JsonToken token = parser.nextToken();
          token == JsonToken.PROPERTY_NAME;
          token = parser.nextToken()) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals(idField)) {
          return parser.getString();
        }
        parser.skipChildren();
      }
    }
    throw new IllegalStateException("the id field " + idField + " vanished from its line");
  }

  private String location(long line) {
    return name + ":" + line;
  }
}
