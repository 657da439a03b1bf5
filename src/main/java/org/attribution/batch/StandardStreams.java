package org.attribution.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the process's standard output is, from Linux's {@code /proc}: a process started with it
 * closed ({@code 1>&-}) finds its descriptor 1 reused for the first file the JVM opened (its own
 * {@code lib/modules}, read-only), and writing there must never be tried.
 *
 * <p>Stateless and thread-safe.
 */
final class StandardStreams {

  private static final Path FD_INFO = Path.of("/proc/self/fdinfo/1");
  private static final Pattern FLAGS = Pattern.compile("flags:\\s*([0-7]+)");

  /** The access mode bits of open flags; 0 is read-only. */
  private static final int ACCESS_MODE = 3;

  private StandardStreams() {}

  /** Whether descriptor 1 is closed or open only for reading; false where it cannot be told. */
  static boolean outputClosed() {
    if (!Files.isDirectory(FD_INFO.getParent())) {
      return false; // not Linux
    }
    try {
      Matcher flags = FLAGS.matcher(Files.readString(FD_INFO));
      return flags.find() && (Integer.parseInt(flags.group(1), 8) & ACCESS_MODE) == 0;
    } catch (NoSuchFileException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
