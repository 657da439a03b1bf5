package org.attribution.io;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attribution.Document;
import tools.jackson.databind.JsonNode;

/**
 * One entry read from an input: either a document to extract from, or a document that could not be
 * read (a malformed JSON line, an unreadable file, a truncated archive), so that it still gets an
 * output record and is never silently dropped.
 *
 * <p>Immutable and thread-safe, provided callers do not mutate the kept JSON values.
 */
public sealed interface SourceRecord {

  /** The identifier the output record carries. */
  String id();

  /**
   * A readable document.
   *
   * @param keptFields input fields to copy to the output unchanged, in the order asked for
   */
  record Article(Document document, Map<String, JsonNode> keptFields) implements SourceRecord {
    public Article {
      requireNonNull(document, "document");
      keptFields = Collections.unmodifiableMap(new LinkedHashMap<>(keptFields));
    }

    @Override
    public String id() {
      return document.id();
    }
  }

  /**
   * A document that could not be read.
   *
   * @param message says what went wrong and where (file and line, or file and offset)
   */
  record Unreadable(String id, String message) implements SourceRecord {
    public Unreadable {
      requireNonNull(id, "id");
      requireNonNull(message, "message");
    }
  }
}
