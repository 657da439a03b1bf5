package org.attribution.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.attribution.io.AttributionJson;
import org.attribution.io.DocumentSource;
import org.attribution.io.SourceRecord;
import tools.jackson.databind.JsonNode;

/**
 * Adds each article's text to the fields kept for the output ({@code --keep-text}), so that the
 * spans can be read against the text they point into: for a WARC page, the text extracted from its
 * HTML, which is written nowhere else. The text is the last kept field and replaces an input field
 * of the same name.
 *
 * <p>Not thread-safe, as the source it reads.
 */
final class TextKeepingSource implements DocumentSource {

  /** The output field holding the text, as in the evaluation format. */
  static final String FIELD = "text";

  private final DocumentSource source;

  TextKeepingSource(DocumentSource source) {
    this.source = source;
  }

  /** The kept fields' names as the output lists them, with the text's. */
  static List<String> withText(List<String> keptFields) {
    return Stream.concat(keptFields.stream().filter(f -> !f.equals(FIELD)), Stream.of(FIELD))
        .toList();
  }

  @Override
  public Optional<SourceRecord> next() {
    return source
        .next()
        .map(
            record -> {
              if (!(record instanceof SourceRecord.Article article)) {
                return record;
              }
              Map<String, JsonNode> kept = new LinkedHashMap<>(article.keptFields());
              kept.remove(FIELD);
              kept.put(
                  FIELD,
                  AttributionJson.MAPPER.getNodeFactory().stringNode(article.document().text()));
              return new SourceRecord.Article(article.document(), kept);
            });
  }

  @Override
  public OptionalLong size() {
    return source.size();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
