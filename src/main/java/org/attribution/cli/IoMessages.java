package org.attribution.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says in a few words what went wrong with a file: the JDK's messages for a missing file or a
 * refused permission are the bare path, which reads as no explanation at all.
 *
 * <p>Stateless and thread-safe.
 */
final class IoMessages {

  private IoMessages() {}

  /** The file and the problem: {@code nope.jsonl does not exist}. */
  static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    if (cause instanceof FileSystemException fs && fs.getFile() != null) {
      return fs.getFile() + ": " + reason(e);
    }
    return reason(e);
  }

  /**
   * {@code cannot VERB FILE: REASON}, naming the file once, and its folder when that is missing.
   */
  static String cannot(String verb, Path file, Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    String reason = reason(e);
    if (cause instanceof NoSuchFileException && file != null) {
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null && !folder.toFile().isDirectory()) {
        reason = "the folder " + folder + " does not exist";
      }
    }
    return "cannot " + verb + " " + (file == null ? "standard output" : file) + ": " + reason;
  }

  /** The problem alone, without the file name. */
  static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (cause instanceof AccessDeniedException) {
      return "no permission";
    }
    if (cause instanceof NotDirectoryException) {
      return "it is not a folder";
    }
    if (cause instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return cause instanceof IOException && cause.getMessage() != null
        ? cause.getMessage()
        : String.valueOf(cause);
  }
}
