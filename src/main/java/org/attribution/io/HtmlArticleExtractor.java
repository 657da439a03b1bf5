package org.attribution.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the title and the body paragraphs of a news page with jsoup. Paragraphs are taken from
 * the page's {@code <article>} (or {@code <main>}, or the whole body when it has neither), after
 * dropping scripts, navigation, headers, footers, asides, forms and figure captions; paragraphs
 * shorter than a sentence-worth of characters are link lists or bylines and are dropped too.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlArticleExtractor implements TextExtractor {

  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, header, footer, aside, form, figcaption, iframe, svg,"
          + " [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

  /** Shorter paragraphs are most often bylines, share buttons, or "Read more" links. */
  private static final int MIN_PARAGRAPH_CHARS = 40;

  @Override
  public String extract(InputStream html, Optional<String> charset, String url) throws IOException {
    Document page = Jsoup.parse(html, charset.orElse(null), url);
    List<String> parts = new ArrayList<>();
    String title = title(page);
    if (!title.isEmpty()) {
      parts.add(title);
    }
    Element body = page.body();
    body.select(BOILERPLATE).remove();
    Element content = firstOr(body, "article", firstOr(body, "main", body));
    for (Element p : content.select("p")) {
      String text = p.text().strip();
      if (text.length() >= MIN_PARAGRAPH_CHARS && !text.equals(title)) {
        parts.add(text);
      }
    }
    return String.join("\n\n", parts);
  }

  private static String title(Document page) {
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content").strip();
    }
    Element h1 = page.selectFirst("article h1, h1");
    return h1 != null ? h1.text().strip() : page.title().strip();
  }

  private static Element firstOr(Element root, String selector, Element fallback) {
    Element found = root.selectFirst(selector);
    return found != null ? found : fallback;
  }
}
