package org.attribution.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The in-page addresses of the report's views. They live in the fragment, as form-encoded
 * parameters that the page script reads with {@code URLSearchParams}, so every link works without a
 * server and survives reloading.
 *
 * <p>Stateless and thread-safe.
 */
final class Links {

  private Links() {}

  static String speaker(String name) {
    return "#view=speaker&name=" + encode(name);
  }

  static String article(String id) {
    return "#view=article&id=" + encode(id);
  }

  /**
   * The article of {@code id} at place {@code n} among those sharing it ({@link ArticlePlaces}); 0
   * for the only one.
   */
  static String article(String id, int n) {
    return n == 0 ? article(id) : article(id) + "&n=" + n;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
