package org.attribution.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attribution.Attribution;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data the page script renders articles from, as JSON: for each article its segments (plain
 * text as a string, highlighted text as an object naming the covering attributions) and its
 * attributions with the source they are grouped under and the colour of that source.
 *
 * <p>Articles are rendered by the browser only when opened, so a report of ten thousand articles
 * parses one JSON document instead of laying out every text at load.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportData {

  private ReportData() {}

  /**
   * The JSON text, safe to place inside a {@code <script type="application/json">} element:
   * every {@code <} is written as {@code \u003c}, so no text can close the element or open a
   * comment. JSON allows {@code <} only inside strings, where the escape means the same.
   */
  static String scriptJson(List<ReportArticle> articles) {
    ObjectNode root = AttributionJson.MAPPER.createObjectNode();
    ArrayNode array = root.putArray("articles");
    articles.forEach(a -> array.add(article(a)));
    return AttributionJson.MAPPER.writeValueAsString(root).replace("<", "\\u003c");
  }

  static ObjectNode article(ReportArticle article) {
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("id", article.id());
    node.put("error", article.error());
    node.put("hasText", article.text() != null);
    List<Attribution> attributions = article.attributions();
    if (article.text() != null) {
      ArrayNode segments = node.putArray("segs");
      for (Segment s : Segmenter.split(article.text(), attributions)) {
        segments.add(segment(s, article.text()));
      }
    }
    ArrayNode atts = node.putArray("atts");
    Map<String, Integer> colours = new HashMap<>();
    for (Attribution a : attributions) {
      atts.add(attribution(a, article.text(), colours));
    }
    return node;
  }

  private static JsonNode segment(Segment s, String text) {
    String covered = s.span().in(text);
    if (s.isPlain()) {
      return AttributionJson.MAPPER.getNodeFactory().stringNode(covered);
    }
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("t", covered);
    ArrayNode contents = node.putArray("c");
    s.contents().forEach(contents::add);
    node.put("a", s.innermost());
    ArrayNode marks = node.putArray("m");
    for (Segment.Mark m : s.marks()) {
      marks.addArray().add(m.role().name().toLowerCase(Locale.ROOT)).add(m.attribution());
    }
    return node;
  }

  private static ObjectNode attribution(Attribution a, String text, Map<String, Integer> colours) {
    ObjectNode node = AttributionJson.toJson(a);
    Optional<String> who = Speakers.name(a);
    node.put("who", who.orElse(null));
    node.put("kind", Speakers.kind(a).map(Enum::name).orElse(null));
    node.put("colour", who.map(w -> colours.computeIfAbsent(w, k -> colours.size())).orElse(-1));
    // Output read against a different text than it was extracted from would be highlighted in
    // the wrong place: say so on the attribution instead.
    boolean placed = text == null
        || Segmenter.fits(a.contentSpan(), text) && a.contentSpan().in(text).equals(a.content());
    node.put("misplaced", !placed);
    return node;
  }
}
