package org.attribution.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files of an extraction output given as one path: the file itself, {@code -} for standard
 * input, or, for a folder such as a Spark job's output, the JSON Lines files in it ({@code part-*}
 * files, and names ending in {@code .jsonl}, {@code .ndjson} or {@code .json}, each may end in
 * {@code .gz}) in name order. Spark's markers and checksums ({@code _SUCCESS}, {@code .part-*.crc})
 * are hidden names and left out.
 *
 * <pre>{@code
 * for (Path file : JsonLinesFiles.of(Path.of("spark-out"))) { ... }   // part-00000-….txt, part-00001-….txt
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonLinesFiles {

  /** The name standard input goes by on the command line. */
  public static final String STDIN = "-";

  private JsonLinesFiles() {}

  /**
   * Refuses a file whose first line is a CSV header or that is named {@code .csv}: the CSV that
   * {@code extract} also writes, given where its JSON Lines belong. Every reader of an extraction
   * output says it in the same line.
   *
   * @throws IllegalArgumentException naming the file and the fix
   */
  public static void refuseCsv(Path file, String firstLine) {
    boolean csv =
        file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.csv(\\.gz)?")
            || firstLine.startsWith("id,type,content,");
    if (csv) {
      throw new IllegalArgumentException(
          file
              + " is CSV; give the JSON Lines that extract writes"
              + " (an --output ending in .jsonl, or --format jsonl)");
    }
  }

  /**
   * The files to read for {@code path}.
   *
   * @throws IOException if the path does not exist or the folder cannot be listed
   * @throws IllegalArgumentException if the folder holds no JSON Lines file
   */
  public static List<Path> of(Path path) throws IOException {
    if (path.toString().equals(STDIN)) {
      return List.of(Path.of("/dev/stdin")); // read once, as a pipe is
    }
    if (!Files.isDirectory(path)) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      List<Path> found =
          files.filter(Files::isRegularFile).filter(JsonLinesFiles::reads).sorted().toList();
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "folder "
                + path
                + " holds no JSON Lines files (part-* as Spark writes them, or *.jsonl, *.ndjson, *.json, optionally .gz)");
      }
      return found;
    }
  }

  /** Whether a folder's reading takes {@code file}, by its name. */
  public static boolean reads(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc")) {
      return false;
    }
    String plain = name.replaceFirst("\\.gz$", "");
    return name.startsWith("part-")
        || plain.endsWith(".jsonl")
        || plain.endsWith(".ndjson")
        || plain.endsWith(".json");
  }
}
