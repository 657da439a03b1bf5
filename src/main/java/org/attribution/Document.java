package org.attribution;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * An input article: an identifier chosen by the caller and its text.
 *
 * <pre>{@code
 * Document doc = Document.of("kremlin-2024-05-16", text);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the caller's name for the document, echoed in output and error messages; may be empty,
 *     never null
 * @param text the article's text, into which every span of its attributions points; never null
 */
public record Document(String id, String text) {

  public Document {
    checkArgument(id != null, "document id must not be null");
    checkArgument(text != null, "text of document %s must not be null", id);
  }

  /** The document {@code id} with {@code text}; both must not be null. */
  public static Document of(String id, String text) {
    return new Document(id, text);
  }
}
