package org.attribution.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Turns a web page into article text: its title and body paragraphs, without navigation, ads and
 * other boilerplate. Implementations must be thread-safe.
 */
public interface TextExtractor {

  /**
   * The article text of one page.
   *
   * @param html the raw bytes of the page
   * @param charset the charset the server declared, if any; otherwise it is detected
   * @param url the page address, for resolving relative links
   */
  String extract(InputStream html, Optional<String> charset, String url) throws IOException;
}
