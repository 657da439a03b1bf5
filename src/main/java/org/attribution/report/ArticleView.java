package org.attribution.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.internal.ClassResources;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report's article view for other pages to show one article as the report does: its text with
 * each attribution highlighted in its speaker's colour (contents in parts, cues, speakers and
 * documents marked), a panel that says who said what, and the table of attributions.
 *
 * <p>A page inlines {@link #STYLE} and {@link #SCRIPT}, then hands the script's {@code
 * window.AttributionArticle.render(section, article, view)} the JSON of {@link #data}: the same
 * segments and attributions the report embeds for each of its articles, cut by the same {@link
 * Segmenter}. The script sets every text with {@code textContent}, so nothing from an article is
 * parsed as HTML.
 *
 * <pre>{@code
 * ObjectNode article = ArticleView.data("pasted", text, extractor.extract(text));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleView {

  /** The report's style sheet, which the article view's classes are styled by. */
  public static final String STYLE = ClassResources.text(ArticleView.class, "report.css");

  /** The script that renders an article: defines {@code window.AttributionArticle}. */
  public static final String SCRIPT = ClassResources.text(ArticleView.class, "article.js");

  private ArticleView() {}

  /**
   * A new page titled {@code title}, in English and UTF-8, whose head holds the report's style and
   * then each of {@code styles}; its body is empty. A jsoup DOM, so that what is added to it is
   * escaped when it is written.
   */
  public static Document page(String title, String... styles) {
    Document page = new Document("");
    page.appendChild(new DocumentType("html", "", ""));
    Element html = page.appendElement("html").attr("lang", "en");
    Element head = html.appendElement("head");
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title);
    head.appendElement("style").appendChild(new DataNode(STYLE));
    for (String style : styles) {
      head.appendElement("style").appendChild(new DataNode(style));
    }
    html.appendElement("body");
    page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    return page;
  }

  /** The JSON the script renders for {@code text} with its {@code attributions}. */
  public static ObjectNode data(String id, String text, List<Attribution> attributions) {
    return ReportData.article(new ReportArticle(id, text, attributions, null));
  }
}
