package org.attribution.report;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.internal.ClassResources;
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

  /** The JSON the script renders for {@code text} with its {@code attributions}. */
  public static ObjectNode data(String id, String text, List<Attribution> attributions) {
    return ReportData.article(new ReportArticle(id, text, attributions, null));
  }
}
