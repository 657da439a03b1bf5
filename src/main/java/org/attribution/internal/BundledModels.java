package org.attribution.internal;

import java.io.InputStream;

/**
 * Where the project's lexicons and trained models sit in its jar: {@code
 * /org/attribution/models/<name>}, copied there from the repository's {@code models/} folder by the
 * build. Under the project's own package, so that no other jar on a classpath can shadow them.
 *
 * <pre>{@code
 * try (InputStream in = BundledModels.open("cues.txt")) { ... }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class BundledModels {

  /** The folder of the bundled models on the classpath, with its trailing slash. */
  public static final String FOLDER = "/org/attribution/models/";

  private BundledModels() {}

  /** The classpath resource of the bundled file {@code name}. */
  public static String path(String name) {
    return FOLDER + name;
  }

  /** Opens the bundled file {@code name}; null when the classpath does not hold it. */
  public static InputStream open(String name) {
    return BundledModels.class.getResourceAsStream(path(name));
  }
}
