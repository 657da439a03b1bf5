package org.attribution.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the text resources that ship beside a class: the style sheets and scripts of the pages.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClassResources {

  private ClassResources() {}

  /**
   * The resource {@code name} in the package of {@code owner}, as UTF-8 text.
   *
   * @throws IllegalStateException when the jar lacks it, which is a packaging bug
   */
  public static String text(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + owner);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
