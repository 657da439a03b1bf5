package org.attribution.io;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a {@code .txt} file, or every {@code .txt} file under a folder, recursively and in sorted
 * order so that a rerun meets the files in the same order. The id of a document is its path
 * relative to the folder (to the file's own folder for a single file), with {@code /} separators
 * and without the {@code .txt} extension, so that ids match gold files named after the articles. A
 * single file is read whatever its extension, as {@link PlainText} reads it; a file that cannot be
 * read becomes an {@link SourceRecord.Unreadable} saying why, and so does a file in a folder that
 * is not a regular file (a named pipe or device, whose reading could block forever). Links are
 * followed, but each real folder is walked once, so that a link cycle cannot make the walk endless.
 *
 * <p>Only one folder listing is held in memory at a time. Not thread-safe.
 */
public final class TextFileSource implements DocumentSource {

  /** Ends the message of a file in a folder that was skipped because it is not a regular file. */
  public static final String NOT_REGULAR_SKIPPED =
      " is not a regular file (a pipe or device, whose reading could block forever); it was skipped";

  private final Path root;
  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private final Set<Path> visited = new HashSet<>();
  private final Path start;
  private final long size;
  private final Predicate<Path> skipped;

  private TextFileSource(Path root, Path start, long size, Predicate<Path> skipped) {
    this.root = root;
    this.start = start;
    this.size = size;
    this.skipped = skipped;
    stack.push(List.of(start).iterator());
  }

  /**
   * Opens a file or folder.
   *
   * @throws IOException if {@code path} does not exist or cannot be listed
   */
  public static TextFileSource open(Path path) throws IOException {
    return open(path, file -> false);
  }

  /**
   * Opens a file or folder whose walk passes over the files {@code skipped} accepts (the output of
   * the run reading it).
   */
  public static TextFileSource open(Path path, Predicate<Path> skipped) throws IOException {
    if (Files.isDirectory(path)) {
      return new TextFileSource(path, path, countTextFiles(path), skipped);
    }
    if (!Files.isReadable(path)) {
      throw new IOException("cannot read " + path + ": no such file or no permission");
    }
    Path parent = path.toAbsolutePath().getParent();
    return new TextFileSource(parent, path.toAbsolutePath(), 1, skipped);
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
          if (visited.add(realPathOf(path))) { // a link back up the tree is followed once
            stack.push(sortedChildren(path).iterator());
          }
        } catch (IOException e) {
          return Optional.of(
              new SourceRecord.Unreadable(idOf(path), "cannot list folder " + path + ": " + e));
        }
      } else if ((isText(path) && !skipped.test(path)) || path.equals(start)) {
        // a file named as the input is read as a stream, as standard input is
        boolean pipeOrDevice = Files.exists(path) && !Files.isRegularFile(path);
        return Optional.of(
            !pipeOrDevice || path.equals(start)
                ? read(path)
                : new SourceRecord.Unreadable(idOf(path), path + NOT_REGULAR_SKIPPED));
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
    // A FileInputStream reads a named pipe too; a channel's stream fails on it ("Illegal seek").
    try (InputStream in = new FileInputStream(file.toFile())) {
      return PlainText.read(id, file.toString(), in);
    } catch (IOException e) {
      return new SourceRecord.Unreadable(id, "cannot read " + file + ": " + e);
    }
  }

  private String idOf(Path file) {
    return idOf(root, file);
  }

  /**
   * The id of a text file found under {@code root}: its path relative to the folder, with {@code /}
   * as separator and without {@code .txt}. Other readers of the same folders name texts with it.
   */
  public static String idOf(Path root, Path file) {
    String relative =
        root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    return relative.replaceFirst("\\.txt$", "");
  }

  /**
   * Counts ahead for the ETA, the way {@link #next()} walks: following links, each real folder
   * once. Folders that cannot be listed are reported when they are reached.
   */
  private static long countTextFiles(Path folder) throws IOException {
    long[] count = {0};
    Set<Path> visited = new HashSet<>();
    Files.walkFileTree(
        folder,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            return visited.add(realPathOf(dir))
                ? FileVisitResult.CONTINUE
                : FileVisitResult.SKIP_SUBTREE;
          }

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

  private static Path realPathOf(Path folder) throws IOException {
    return folder.toRealPath();
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
