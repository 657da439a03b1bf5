package org.attribution.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a training command writes its model into, checked before the training starts, so that
 * an output that cannot be written fails in a moment rather than after the work. Stateless.
 *
 * <pre>{@code
 * ModelsFolder.prepare(Path.of("my-models"), "cue-reliability.tsv");
 * }</pre>
 */
public final class ModelsFolder {

  private ModelsFolder() {}

  /**
   * Makes {@code folder} if missing and checks that {@code file} can be written in it.
   *
   * @throws IllegalArgumentException naming the problem and its fix
   */
  public static void prepare(Path folder, String file) {
    if (folder.getFileName() != null && folder.getFileName().toString().equals(file)) {
      throw new IllegalArgumentException(
          "--output takes the folder to write "
              + file
              + " into, not the file: --output "
              + (folder.getParent() == null ? "." : folder.getParent()));
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "--output " + folder + " is a file; name the folder to write " + file + " into");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot make the folder " + folder + ": " + IoMessages.describe(e), e);
    }
    Path target = folder.resolve(file);
    if (Files.isDirectory(target)) {
      throw new IllegalArgumentException("cannot write " + target + ": it is a folder");
    }
    if (Files.exists(target) ? !Files.isWritable(target) : !Files.isWritable(folder)) {
      throw new IllegalArgumentException("cannot write " + target + ": no permission");
    }
  }
}
