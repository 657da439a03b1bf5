package org.attribution.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * The one rule by which every command writes a file: checked before any work, written so that no
 * input and no file the command did not create is ever touched.
 *
 * <ul>
 *   <li>An output that is one of the inputs (by name, symbolic link or hard link: compared by file
 *       identity, not by path), or a file an input folder would read, is refused; so is standard
 *       output redirected to an input, and an output that is standard input's file.
 *   <li>A regular file is written whole to a new file beside it and moved over it when complete
 *       ({@link #writeAtomically}), so a failure leaves the old file or none, never a partial one;
 *       an output given through a symbolic link replaces the link's target, not the link.
 *   <li>Anything else (a device such as {@code /dev/null} or {@code /dev/full}, a pipe, a FIFO,
 *       {@code /dev/stdout}, a process substitution) is written in place, as a stream.
 *   <li>Standard output that is closed ({@code 1>&-}) is refused with a message, never written to
 *       (the descriptor then belongs to a file the JVM opened).
 * </ul>
 *
 * <pre>{@code
 * OutputTarget target = OutputTarget.of(Path.of("index.jsonl"), List.of(Path.of("out.jsonl")), f -> false);
 * target.writeAtomically(out -> QuoteJson.write(quotes, out.writer()));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the files it writes are not shared.
 */
public final class OutputTarget {

  /** Where standard input is found by name (Linux; absent elsewhere). */
  public static final Path STDIN = Path.of("/dev/stdin");

  /** Where standard output is found by name. */
  static final Path STDOUT = Path.of("/dev/stdout");

  private final Path path;

  private OutputTarget(Path path) {
    this.path = path;
  }

  /**
   * Checks {@code output} against {@code inputs} and the file system.
   *
   * @param inputs the files and folders the command reads; standard input is {@link #STDIN} (or, in
   *     tests, the file behind it)
   * @param folderReads which files an input folder would read: an output among them is refused when
   *     it exists, as it would be read and overwritten
   * @throws IllegalArgumentException in one line naming the problem and the fix
   */
  public static OutputTarget of(Path output, List<Path> inputs, Predicate<Path> folderReads)
      throws IOException {
    if (Files.isDirectory(output)) {
      throw new IllegalArgumentException(
          "--output " + output + " is a folder; give a file name in it");
    }
    Path folder = output.toAbsolutePath().getParent();
    if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "cannot write " + output + ": the folder " + folder + " does not exist");
    }
    if (Files.exists(output) ? !Files.isWritable(output) : !Files.isWritable(folder)) {
      throw new IllegalArgumentException("cannot write " + output + ": no permission");
    }
    refuseInputs(output, "--output " + output, inputs, folderReads);
    return new OutputTarget(output);
  }

  /**
   * Standard output, checked against {@code inputs} (a shell redirection {@code > in.jsonl}).
   *
   * @throws IllegalArgumentException if standard output is closed or is one of the inputs
   */
  public static OutputTarget standardOutput(List<Path> inputs) throws IOException {
    if (StandardStreams.outputClosed()) {
      throw new IllegalArgumentException(
          "standard output is closed; give --output FILE, or redirect it (> FILE or > /dev/null)");
    }
    if (Files.isRegularFile(STDOUT)) {
      refuseInputs(STDOUT, "standard output", inputs, file -> false);
    }
    return new OutputTarget(null);
  }

  /** The file, or empty for standard output. */
  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  /** Whether the output is a regular file, or one yet to be made: one that is written whole. */
  public boolean isRegularFile() {
    return path != null && (Files.isRegularFile(path) || !Files.exists(path));
  }

  /** The name in messages. */
  public String name() {
    return path == null ? "standard output" : path.toString();
  }

  /** Writes an output. */
  @FunctionalInterface
  public interface Body {
    void write(OutputFile out) throws IOException;
  }

  /**
   * Writes the output with {@code body}: a regular file through a new file beside it, moved over it
   * once complete and on disk; anything else as a stream. Gzipped when the name ends in {@code
   * .gz}. On failure, the new file is deleted and the old one is left as it was.
   */
  public void writeAtomically(Body body) throws IOException {
    if (!isRegularFile()) {
      try (OutputFile out = path == null ? OutputFile.stdout() : OutputFile.open(path, false)) {
        body.write(out);
      }
      return;
    }
    Path target = realTarget(path);
    Path temp = createTemp(target);
    try {
      try (OutputFile out = OutputFile.open(temp, OutputFile.isGzipped(path), false)) {
        body.write(out);
      }
      try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        written.force(true); // on disk before it replaces the old file
      }
      copyPermissions(target, temp);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * The file a path writes to: the target of a symbolic link (so that the link stays), else the
   * path in its folder's real place.
   */
  static Path realTarget(Path path) throws IOException {
    if (Files.exists(path)) {
      return path.toRealPath();
    }
    Path absolute = path.toAbsolutePath();
    return absolute.getParent().toRealPath().resolve(absolute.getFileName());
  }

  /**
   * A new file beside {@code target}, made by this run alone: created only if no file (nor link) of
   * its name exists, so that a file planted under a guessable name is never followed.
   */
  static Path createTemp(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp =
          target.resolveSibling(
              "." + target.getFileName() + "." + Long.toHexString(randomLong()) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  private static long randomLong() {
    return ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null && Files.exists(from)) {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    }
  }

  /**
   * Refuses {@code output} when it is the same file as an input, through links, {@code ./} or hard
   * links, or when an input folder would read it.
   */
  private static void refuseInputs(
      Path output, String what, List<Path> inputs, Predicate<Path> folderReads) throws IOException {
    if (!Files.isRegularFile(output)) {
      return; // a file yet to be made is no input; a device, pipe or terminal is never erased
    }
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        continue;
      }
      boolean same =
          Files.isDirectory(input)
              ? folderReads.test(output) && output.toRealPath().startsWith(input.toRealPath())
              : Files.isSameFile(input, output);
      if (same) {
        throw new IllegalArgumentException(
            what
                + " is the input "
                + (input.equals(STDIN) ? "on standard input" : input.toString())
                + ": writing would erase it before it is read; choose another output file");
      }
    }
  }
}
