package org.attribution.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.attribution.AttributionExtractor;
import org.attribution.Document;

/**
 * Reads a {@code .txt} file, or every {@code .txt} file under a folder, recursively and in sorted
 * order so that a rerun meets the files in the same order. The id of a document is its path
 * relative to the folder (to the file's own folder for a single file), with {@code /} separators
 * and without the {@code .txt} extension, so that ids match gold files named after the articles.
 * A single file is read whatever its extension. A file that cannot be read, or that is too large to
 * hold a text the extractor takes, becomes an {@link SourceRecord.Unreadable} saying why.
 *
 * <p>Only one folder listing is held in memory at a time. Not thread-safe.
 */
public final class TextFileSource implements DocumentSource {

  /**
   * Longer files are not read: at most 3 bytes make one character, so they hold more than the
   * extractor takes ({@link AttributionExtractor#MAX_TEXT_LENGTH}), and reading a stray
   * multi-gigabyte file whole would exhaust the heap of the whole batch.
   */
  private static final long MAX_FILE_BYTES = 3L * AttributionExtractor.MAX_TEXT_LENGTH;

  private final Path root;
  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private final Path start;
  private final long size;

  private TextFileSource(Path root, Path start, long size) {
    this.root = root;
    this.start = start;
    this.size = size;
    stack.push(List.of(start).iterator());
  }

  /**
   * Opens a file or folder.
   *
   * @throws IOException if {@code path} does not exist or cannot be listed
   */
  public static TextFileSource open(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return new TextFileSource(path, path, countTextFiles(path));
    }
    if (!Files.isReadable(path)) {
      throw new IOException("cannot read " + path + ": no such file or no permission");
    }
    Path parent = path.toAbsolutePath().getParent();
    return new TextFileSource(parent, path.toAbsolutePath(), 1);
  }

  @Override
  public Optional<SourceRecord> next() {
    while (!stack.isEmpty()) {
      Iterator<Path> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Path path = top.next();
      if (Files.isDirectory(path)) {
        try {
          stack.push(sortedChildren(path).iterator());
        } catch (IOException e) {
          return Optional.of(new SourceRecord.Unreadable(idOf(path), "cannot list folder " + path + ": " + e));
        }
      } else if (isText(path) || path.equals(start)) {
        return Optional.of(read(path));
      }
    }
    return Optional.empty();
  }

  @Override
  public OptionalLong size() {
    return OptionalLong.of(size);
  }

  @Override
  public void close() {
    stack.clear();
  }

  private SourceRecord read(Path file) {
    String id = idOf(file);
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return new SourceRecord.Unreadable(id, String.format(Locale.ROOT,
            "%s has %,d bytes, more than any text the extractor takes (%,d characters)",
            file, size, AttributionExtractor.MAX_TEXT_LENGTH));
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return new SourceRecord.Article(Document.of(id, text), Map.of());
    } catch (IOException e) {
      return new SourceRecord.Unreadable(id, "cannot read " + file + ": " + e);
    }
  }

  private String idOf(Path file) {
    String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    return relative.replaceFirst("\\.txt$", "");
  }

  /** Counts ahead for the ETA; folders that cannot be listed are reported when they are reached. */
  private static long countTextFiles(Path folder) throws IOException {
    long[] count = {0};
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isText(file)) {
              count[0]++;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return count[0];
  }

  private static List<Path> sortedChildren(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children.sorted().toList();
    }
  }

  private static boolean isText(Path path) {
    return path.getFileName().toString().endsWith(".txt") && !Files.isDirectory(path);
  }
}
