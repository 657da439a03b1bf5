package org.attribution.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Claims an output file that a run writes in place (the {@code extract} command, whose output
 * {@code --resume} finishes after an interruption): a lock on the file itself, so that a second run
 * reaching the same file by any name (a link, a hard link) stops instead of interleaving its lines
 * with the first's. No lock file is made: the run touches no file beside its output, and a run
 * killed outright leaves nothing, the system releasing its lock. An output that is not a regular
 * file (standard output, a device, a pipe) claims nothing.
 *
 * <pre>{@code
 * try (OutputGuard guard = OutputGuard.claim(target)) {
 *   // repair, open and write the output
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class OutputGuard implements AutoCloseable {

  private static final OutputGuard NONE = new OutputGuard(null, null);

  private final Path file;
  private final String name;
  private FileChannel channel;

  private OutputGuard(Path file, String name) {
    this.file = file;
    this.name = name;
  }

  /** The guard of an output that is no regular file, which claims nothing. */
  public static OutputGuard none() {
    return NONE;
  }

  /**
   * Locks the file of {@code target}, making it empty if it does not exist yet.
   *
   * @throws IllegalArgumentException if another run holds the lock
   * @throws IOException if the file cannot be opened
   */
  public static OutputGuard claim(OutputTarget target) throws IOException {
    if (!target.isRegularFile()) {
      return NONE;
    }
    OutputGuard guard =
        new OutputGuard(OutputTarget.realTarget(target.path().get()), target.name());
    guard.lock();
    return guard;
  }

  /** Locks the output again after it was replaced by a repaired copy. */
  void relock() throws IOException {
    if (file != null) {
      release();
      lock();
    }
  }

  private void lock() throws IOException {
    FileChannel opened =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = opened.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another run in this same JVM
    }
    if (lock == null) {
      opened.close();
      throw new IllegalArgumentException(
          "another run is writing to "
              + name
              + "; wait for it to finish or choose another --output");
    }
    channel = opened;
  }

  private void release() throws IOException {
    if (channel != null) {
      channel.close(); // releases the lock
      channel = null;
    }
  }

  @Override
  public void close() {
    try {
      release();
    } catch (IOException e) {
      // The output is complete; the system releases the lock with the process anyway.
    }
  }
}
