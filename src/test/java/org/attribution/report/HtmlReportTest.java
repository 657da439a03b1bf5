package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.io.AttributionJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class HtmlReportTest {

  private static List<ReportArticle> archive;
  private static String html;
  private static Document page;
  private static JsonNode data;

  @BeforeAll
  static void writeReport(@TempDir Path dir) throws IOException {
    archive = ReportSamples.archive();
    Path file = dir.resolve("report.html");
    HtmlReport.write(archive, "Who said what", file);
    html = Files.readString(file, StandardCharsets.UTF_8);
    page = Jsoup.parse(html);
    data = ReportPageData.articles(page);
  }

  @Test
  void holdsEveryAttributionOfEveryArticle() {
    assertThat(data).hasSize(archive.size());
    for (int i = 0; i < archive.size(); i++) {
      ReportArticle article = archive.get(i);
      JsonNode rendered = data.get(i);
      assertThat(rendered.get("id").asString()).isEqualTo(article.id());
      assertThat(rendered.get("atts")).hasSize(article.attributions().size());
      for (int j = 0; j < article.attributions().size(); j++) {
        Attribution a = article.attributions().get(j);
        JsonNode shown = rendered.get("atts").get(j);
        assertThat(shown.get("type").asString()).isEqualTo(a.type().name());
        assertThat(
                article
                    .text()
                    .substring(shown.get("span").get(0).asInt(), shown.get("span").get(1).asInt()))
            .isEqualTo(a.content());
        assertThat(text(shown, "speaker")).isEqualTo(a.speaker());
        assertThat(text(shown, "cue")).isEqualTo(a.cue());
        assertThat(text(shown, "document")).isEqualTo(a.document());
        if (a.speakerCanonical() != null) {
          assertThat(text(shown, "who")).isEqualTo(a.speakerCanonical());
        }
        assertThat(shown.get("confidence").asDouble()).isEqualTo(a.confidence());
        assertThat(shown.has("misplaced")).isFalse();
      }
    }
  }

  private static String text(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asString() : null;
  }

  @Test
  void indexesTheSourceOfEveryAttribution() {
    JsonNode index = ReportPageData.index(page);
    for (int i = 0; i < archive.size(); i++) {
      JsonNode entry = index.get("articles").get(i);
      assertThat(entry.get("id").asString()).isEqualTo(archive.get(i).id());
      assertThat(entry.get("who")).hasSize(archive.get(i).attributions().size());
      for (int j = 0; j < archive.get(i).attributions().size(); j++) {
        int who = entry.get("who").get(j).asInt();
        JsonNode shown = data.get(i).get("atts").get(j);
        assertThat(who < 0 ? null : index.get("speakers").get(who).asString())
            .isEqualTo(text(shown, "who"));
      }
    }
  }

  @Test
  void segmentsRebuildEachTextExactly() {
    for (int i = 0; i < archive.size(); i++) {
      StringBuilder text = new StringBuilder();
      data.get(i)
          .get("segs")
          .forEach(s -> text.append(s.isString() ? s.asString() : s.get("t").asString()));
      assertThat(text.toString()).isEqualTo(archive.get(i).text());
    }
  }

  @Test
  void textWithScriptTagsStaysText() {
    assertThat(archive.get(1).text()).contains("<script>alert(\"pier\")</script>");
    assertThat(page.select("script")).hasSize(6);
    assertThat(page.select("script[type]").eachAttr("type"))
        .containsExactly("application/json", "text/plain");
    assertThat(html).doesNotContain("alert(\"pier\")").doesNotContain("<here>");
  }

  @Test
  void escapesArticleTextInTheArchiveView() {
    ReportArticle hostile =
        new ReportArticle(
            "<b>id</b>",
            "x",
            List.of(
                Attribution.builder(AttributionType.DIRECT, "x", Span.of(0, 1))
                    .speakerCanonical("</script><script>alert(1)</script>")
                    .cue("<i>said</i>", Span.of(0, 1), CueKind.SPEECH)
                    .build()),
            null);

    Document reparsed = Jsoup.parse(HtmlReport.build(List.of(hostile), "t").html());

    assertThat(reparsed.select("script")).hasSize(6);
    assertThat(ReportPageData.index(reparsed).get("speakers").get(0).asString())
        .isEqualTo("</script><script>alert(1)</script>");
    assertThat(reparsed.select("i, b")).isEmpty();
    assertThat(reparsed.select("table.speakers a").text())
        .isEqualTo("</script><script>alert(1)</script>");
    assertThat(reparsed.select("svg.chart text > title").eachText()).contains("<i>said</i>");
  }

  @Test
  void escapesTheTitle() {
    Document titled = HtmlReport.build(archive, "Quotes <i>&</i> claims");

    Document reparsed = Jsoup.parse(titled.html());
    assertThat(reparsed.title()).isEqualTo("Quotes <i>&</i> claims");
    assertThat(reparsed.select("i")).isEmpty();
  }

  @Test
  void linksEveryCanonicalSpeakerToItsQuotes() {
    for (ReportArticle article : archive) {
      for (Attribution a : article.attributions()) {
        if (a.speakerCanonical() != null) {
          assertThat(page.select("table.speakers a[href]").eachAttr("href"))
              .contains(Links.speaker(a.speakerCanonical()));
          assertThat(page.select("svg.chart a[href]").eachAttr("href"))
              .contains(Links.speaker(a.speakerCanonical()));
        }
      }
    }
  }

  @Test
  void groupsSpeakersWithoutCanonicalNameByTheirMention() {
    assertThat(page.select("table.speakers a"))
        .extracting(e -> e.text())
        .contains("their union", "a resident");
  }

  @Test
  void namesNoSourceForQuotesWithoutSpeaker() {
    long unattributed =
        archive.stream()
            .flatMap(a -> a.attributions().stream())
            .filter(
                a -> a.speakerCanonical() == null && a.speaker() == null && a.document() == null)
            .count();
    List<JsonNode> noSpeaker = new ArrayList<>();
    data.forEach(
        a ->
            a.get("atts")
                .forEach(
                    t -> {
                      if (!t.has("who")) {
                        noSpeaker.add(t);
                      }
                    }));

    assertThat(unattributed).isPositive();
    assertThat(noSpeaker)
        .hasSize((int) unattributed)
        .allSatisfy(t -> assertThat(t.get("colour").asInt()).isEqualTo(-1));
    assertThat(page.selectFirst("#archive .summary").text())
        .contains(unattributed + " without a speaker");
  }

  @Test
  void flagsAttributionsWhoseSpanDoesNotMatchTheText() {
    Attribution quote = Attribution.builder(AttributionType.DIRECT, "Hello", Span.of(0, 5)).build();

    JsonNode article = ReportData.article(new ReportArticle("x", "Goodbye", List.of(quote), null));

    assertThat(article.get("atts").get(0).get("misplaced").asBoolean()).isTrue();
    assertThat(article.get("atts").get(0).get("content").asString()).isEqualTo("Hello");
  }

  @Test
  void listsArticlesWithoutTextWithTheirAttributions() {
    ReportArticle article = archive.get(1).withText(null);

    JsonNode rendered = ReportData.article(article);

    assertThat(rendered.get("hasText").asBoolean()).isFalse();
    assertThat(rendered.has("segs")).isFalse();
    assertThat(rendered.get("atts")).hasSize(article.attributions().size());
  }

  @Test
  void showsBothArticlesThatShareAnId() {
    List<ReportArticle> twins =
        List.of(
            new ReportArticle("x", "First.", List.of(), null),
            new ReportArticle("y", "Other.", List.of(), null),
            new ReportArticle("x", "Second.", List.of(), null));

    JsonNode entries = AttributionJson.MAPPER.readTree(ReportData.index(twins)).get("articles");

    // the page script finds the article of an address by its id and, where the id is shared, n
    assertThat(entries.get(0).get("n").asInt()).isEqualTo(1);
    assertThat(entries.get(1).has("n")).isFalse();
    assertThat(entries.get(2).get("n").asInt()).isEqualTo(2);
  }

  @Test
  void needsNoNetwork() {
    assertThat(page.select("[src], link[href]")).isEmpty();
    assertThat(html).doesNotContain("http://", "https://");
  }
}
