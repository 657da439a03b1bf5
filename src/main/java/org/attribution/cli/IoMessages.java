package org.attribution.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in a few words what went wrong with a file: the JDK's messages for a missing file or a
 * refused permission are the bare path, which reads as no explanation at all.
 *
 * <p>Stateless and thread-safe.
 */
final class IoMessages {

  private IoMessages() {}

  static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    if (cause instanceof NoSuchFileException missing) {
      return missing.getFile() + " does not exist";
    }
    if (cause instanceof AccessDeniedException denied) {
      return "no permission to access " + denied.getFile();
    }
    if (cause instanceof NotDirectoryException notFolder) {
      return notFolder.getFile() + " is not a folder";
    }
    if (cause instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getFile() + ": " + fs.getReason();
    }
    return cause instanceof IOException && cause.getMessage() != null
        ? cause.getMessage()
        : String.valueOf(cause);
  }
}
