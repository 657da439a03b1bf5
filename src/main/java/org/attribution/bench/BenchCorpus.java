package org.attribution.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.attribution.io.JsonFields;
import org.attribution.io.JsonLinesSource;
import org.attribution.io.SourceRecord;

/**
 * The texts a benchmark runs over, in a fixed order, with a name for the table.
 *
 * @param name what the table calls the corpus: a folder or file name
 * @param texts the documents, never empty
 */
public record BenchCorpus(String name, List<String> texts) {

  public BenchCorpus {
    checkArgument(!texts.isEmpty(), "corpus %s has no documents", name);
    texts = List.copyOf(texts);
  }

  /** Every {@code .txt} file of {@code folder}, in name order. */
  public static BenchCorpus textFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> sorted =
          files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
      List<String> texts = new ArrayList<>();
      for (Path file : sorted) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return new BenchCorpus(folder.getFileName() + "/*.txt", texts);
    }
  }

  /**
   * The texts of a JSON Lines file, plain or gzipped; lines without a readable text are skipped.
   */
  public static BenchCorpus jsonLines(Path file, JsonFields fields) throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        JsonLinesSource source = JsonLinesSource.open(file.getFileName().toString(), in, fields)) {
      for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
        if (next.get() instanceof SourceRecord.Article article) {
          texts.add(article.document().text());
        }
      }
    }
    return new BenchCorpus(file.getFileName().toString(), texts);
  }

  /** Total length of the texts, in UTF-16 code units. */
  public long characters() {
    return texts.stream().mapToLong(String::length).sum();
  }
}
