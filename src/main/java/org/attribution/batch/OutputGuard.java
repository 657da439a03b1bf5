package org.attribution.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.attribution.io.DocumentSources;

/**
 * Claims an output file for one run before anything is opened for writing: refuses an output that
 * is one of the inputs (which writing would erase before it is read), and holds a lock beside it
 * ({@code FILE.lock}) so that a second run writing the same output stops instead of interleaving
 * its lines with the first's. The lock is released, and its file deleted, on {@link #close()}; a
 * run killed outright leaves the file, whose lock the system has released, and the next run locks
 * it again.
 *
 * <pre>{@code
 * try (OutputGuard guard = OutputGuard.claim(output, inputs)) {
 *   // repair, open and write output
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class OutputGuard implements AutoCloseable {

  private static final OutputGuard NONE = new OutputGuard(null, null, null);

  private final Path lockFile;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputGuard(Path lockFile, FileChannel channel, FileLock lock) {
    this.lockFile = lockFile;
    this.channel = channel;
    this.lock = lock;
  }

  /** The guard of standard output, which claims nothing. */
  public static OutputGuard none() {
    return NONE;
  }

  /**
   * Checks that {@code output} is none of {@code inputs} and locks it.
   *
   * @param inputs the inputs as given ({@code -} for standard input); a folder counts as an input
   *     of the {@code .txt} files under it
   * @throws IllegalArgumentException if {@code output} is an input, or another run holds its lock
   * @throws IOException if the lock file cannot be created
   */
  public static OutputGuard claim(Path output, List<String> inputs) throws IOException {
    refuseInputs(output, inputs);
    Path lockFile = lockFileOf(output);
    FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another run in this same JVM
    }
    if (lock == null) {
      channel.close();
      throw new IllegalArgumentException(
          "another run is writing to "
              + output
              + " (it holds "
              + lockFile
              + "); wait for it to finish or choose another --output");
    }
    return new OutputGuard(lockFile, channel, lock);
  }

  /**
   * Refuses an output that is the same file as an input, through links, {@code ./} or hard links.
   */
  static void refuseInputs(Path output, List<String> inputs) throws IOException {
    if (!Files.exists(output)) {
      return; // a file yet to be made is no input
    }
    for (String input : inputs) {
      if (input.equals(DocumentSources.STDIN) || !Files.exists(Path.of(input))) {
        continue;
      }
      Path in = Path.of(input);
      boolean same = Files.isDirectory(in) ? readsUnder(in, output) : Files.isSameFile(in, output);
      if (same) {
        throw new IllegalArgumentException(
            "--output "
                + output
                + " is the input "
                + input
                + ": writing would erase it before it is read; choose another output file");
      }
    }
  }

  /** Whether a folder input would read {@code output} as one of its text files. */
  private static boolean readsUnder(Path folder, Path output) throws IOException {
    return output.getFileName().toString().endsWith(".txt")
        && output.toRealPath().startsWith(folder.toRealPath());
  }

  /** One lock file per real output, whatever path names it. */
  private static Path lockFileOf(Path output) throws IOException {
    Path absolute = output.toAbsolutePath();
    Path real =
        Files.exists(output)
            ? output.toRealPath()
            : absolute.getParent().toRealPath().resolve(absolute.getFileName());
    return real.resolveSibling(real.getFileName() + ".lock");
  }

  @Override
  public void close() {
    if (channel == null) {
      return;
    }
    try {
      // Deleted while still locked, so that no other run can be holding it at that moment.
      Files.deleteIfExists(lockFile);
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The output is complete; a lock file left behind is locked afresh by the next run.
    }
  }
}
