package org.attribution.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.attribution.io.DocumentSource;
import org.attribution.io.DocumentSources;
import org.attribution.io.HtmlArticleExtractor;
import org.attribution.io.JsonFields;
import org.attribution.io.SourceRecord;
import org.attribution.io.TextFileSource;

/**
 * Reads the texts the extractor was run on through the {@code extract} command's own readers
 * ({@link DocumentSources}), so that each text has the id, and the exact characters, that the
 * extraction's offsets refer to: a {@code .txt} file or a folder of them, JSON Lines (plain or
 * {@code .gz}, id in {@code id}, text in {@code text}) or a WARC archive.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextReader {

  private TextReader() {}

  /**
   * Reads all texts under {@code input}, by id: the texts of an id that several records share are
   * kept in reading order, as {@code extract} wrote their records.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if the input's format is unknown, or a record cannot be read
   *     (a JSON line with no text, say), naming the file and line
   */
  public static Map<String, List<String>> read(Path input) throws IOException {
    return read(input, JsonFields.defaults(), skipped -> {});
  }

  /**
   * Reads all texts under {@code input}, JSON Lines taking the id and text from {@code fields}, as
   * {@code extract --id-field --text-field} read them. A file in a folder that is not a regular
   * file (a named pipe or device, whose reading could block forever) is skipped, as {@code extract}
   * skips it, and {@code skipped} gets the message saying so.
   */
  public static Map<String, List<String>> read(
      Path input, JsonFields fields, Consumer<String> skipped) throws IOException {
    DocumentSources sources =
        new DocumentSources(
            Optional.empty(), fields, new HtmlArticleExtractor(), InputStream.nullInputStream());
    Map<String, List<String>> texts = new LinkedHashMap<>();
    try (DocumentSource source = sources.open(List.of(input.toString()))) {
      for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
        if (next.get() instanceof SourceRecord.Unreadable unreadable
            && unreadable.message().endsWith(TextFileSource.NOT_REGULAR_SKIPPED)) {
          skipped.accept(unreadable.message());
          continue;
        }
        if (next.get() instanceof SourceRecord.Unreadable unreadable) {
          throw new IllegalArgumentException(unreadable.message());
        }
        SourceRecord.Article article = (SourceRecord.Article) next.get();
        texts.computeIfAbsent(article.id(), id -> new ArrayList<>()).add(article.document().text());
      }
    }
    return texts;
  }
}
