package org.attribution.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.attribution.Attribution;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data the page script renders articles from, in two parts.
 *
 * <p>The <em>index</em> is JSON read at load: the names of all sources ({@code speakers}) and for
 * each article its {@code id}, {@code title} (a kept field, when there is one), {@code error} and,
 * per attribution, the number of its source in {@code speakers} or -1 when it has none. An article
 * whose id other articles share also has {@code n}, its place among them (1 for the first), so that
 * each of them has its own address. It is all the article list and speaker pages need to find what
 * to show.
 *
 * <p>The <em>articles</em> are one line per article, each its JSON gzipped and base64-encoded,
 * decoded only when the article is shown: its segments (plain text as a string, highlighted text as
 * an object naming the covering attributions, the innermost of them and the cue, speaker and
 * document marks), its kept input {@code fields}, and its attributions as the page shows them
 * (type, source, kind, colour, speaker mention, cue and its kind, document, confidence, content
 * span; the content itself only where the text does not hold it). An archive of ten thousand news
 * articles is over a hundred megabytes of such JSON, which a browser takes seconds to tokenize and
 * parse at once; compressed per article it is a fraction of that and costs nothing until read.
 * Base64 also means no text can close the element the data sits in.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportData {

  /** The kept field that names an article in the report, instead of its id. */
  static final String TITLE = "title";

  private ReportData() {}

  /**
   * The index as JSON, safe inside a {@code <script type="application/json">} element: every {@code
   * <} is written as a unicode escape, so no name can close the element or open a comment. JSON
   * allows {@code <} only inside strings, where the escape means the same.
   */
  static String index(List<ReportArticle> articles) {
    ObjectNode root = AttributionJson.MAPPER.createObjectNode();
    ArrayNode names = root.putArray("speakers");
    Map<String, Integer> numbers = new HashMap<>();
    ArrayNode entries = root.putArray("articles");
    ArticlePlaces places = new ArticlePlaces(articles);
    for (int k = 0; k < articles.size(); k++) {
      ReportArticle article = articles.get(k);
      ObjectNode entry = entries.addObject();
      entry.put("id", article.id());
      if (places.place(k) > 0) {
        entry.put("n", places.place(k));
      }
      putIfPresent(entry, TITLE, article.fields().get(TITLE));
      entry.put("error", article.error());
      ArrayNode who = entry.putArray("who");
      for (Attribution a : article.attributions()) {
        who.add(
            Speakers.name(a)
                .map(
                    name ->
                        numbers.computeIfAbsent(
                            name,
                            n -> {
                              names.add(n);
                              return numbers.size();
                            }))
                .orElse(-1));
      }
    }
    return AttributionJson.MAPPER.writeValueAsString(root).replace("<", "\\u003c");
  }

  /** The articles, one line each: gzipped JSON in base64. */
  static String articles(List<ReportArticle> articles) {
    StringBuilder lines = new StringBuilder();
    for (ReportArticle article : articles) {
      lines.append(encode(article(article))).append('\n');
    }
    return lines.toString();
  }

  private static String encode(JsonNode json) {
    ByteArrayOutputStream base64 = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(Base64.getEncoder().wrap(base64))) {
      AttributionJson.MAPPER.writeValue(gzip, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compress the report data", e);
    }
    return base64.toString(StandardCharsets.US_ASCII);
  }

  static ObjectNode article(ReportArticle article) {
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("id", article.id());
    node.put("error", article.error());
    node.put("hasText", article.text() != null);
    ObjectNode fields = node.putObject("fields");
    article.fields().forEach(fields::put);
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
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("type", a.type().name());
    Optional<String> who = Speakers.name(a);
    putIfPresent(node, "who", who.orElse(null));
    putIfPresent(node, "kind", Speakers.kind(a).map(Enum::name).orElse(null));
    node.put("colour", who.map(w -> colours.computeIfAbsent(w, k -> colours.size())).orElse(-1));
    putIfPresent(node, "speaker", a.speaker());
    putIfPresent(node, "cue", a.cue());
    putIfPresent(
        node, "cueKind", a.cueKind() == null ? null : a.cueKind().name().toLowerCase(Locale.ROOT));
    putIfPresent(node, "document", a.document());
    node.put("confidence", AttributionJson.toJson(a).get("confidence").asDouble());
    node.putArray("span").add(a.contentSpan().begin()).add(a.contentSpan().end());
    // Output read against a different text than it was extracted from would be highlighted in
    // the wrong place: say so on the attribution instead, and keep its own content.
    boolean placed =
        text != null
            && a.contentSpans().stream().allMatch(part -> Segmenter.fits(part, text))
            && String.join(" ", a.contentSpans().stream().map(part -> part.in(text)).toList())
                .equals(a.content());
    if (!placed) {
      node.put("content", a.content());
    }
    if (text != null && !placed) {
      node.put("misplaced", true);
    }
    return node;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
