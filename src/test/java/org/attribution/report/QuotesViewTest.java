package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The Quotes view of the constructed archive's report, against the index command's output. */
class QuotesViewTest {

  @TempDir static Path dir;

  private static QuoteReportFixture fixture;
  private static Document page;

  @BeforeAll
  static void writeReport() throws IOException {
    fixture = new QuoteReportFixture(dir);
    page = Jsoup.parse(fixture.report.toFile());
  }

  private static Element item(JsonNode quote) {
    return page.getElementById(quote.get("id").asString());
  }

  @Test
  void listsTheIndexCommandsQuotationsInItsOrder() {
    List<String> shown = page.select("#quotes li.iq").eachAttr("id");
    List<String> indexed = new ArrayList<>();
    fixture.quotes.forEach(q -> indexed.add(q.get("id").asString()));

    assertThat(shown).containsExactlyElementsOf(indexed);
    for (JsonNode quote : fixture.quotes) {
      assertThat(item(quote).selectFirst(".iq-text").text())
          .isEqualTo(quote.get("text").asString());
      assertThat(item(quote).attr("data-count")).isEqualTo(quote.get("count").asString());
    }
  }

  @Test
  void showsEverySpeakerWithItsCountAndMarksTheDisagreement() {
    JsonNode bridge =
        fixture.quotes.stream()
            .filter(q -> q.get("text").asString().startsWith("The bridge will be finished"))
            .findFirst()
            .orElseThrow();

    Element speakers = item(bridge).selectFirst("ul.iq-speakers");

    assertThat(speakers.hasClass("disagree")).isTrue();
    assertThat(speakers.select("li").eachText()).containsExactly("Tom Reyes ×3", "Lisa Chen ×1");
    assertThat(page.select("#quotes ul.iq-speakers.disagree")).hasSize(1);
  }

  @Test
  void drawsADotPerOccurrenceInItsOutletsRowLinkingToTheArticle() {
    JsonNode energy =
        fixture.quotes.get(1).get("text").asString().startsWith("We will not raise energy")
            ? fixture.quotes.get(1)
            : fixture.quotes.get(0);

    Element timeline = item(energy).selectFirst("svg.timeline");

    assertThat(timeline.select("circle.dot")).hasSize(energy.get("count").asInt());
    assertThat(timeline.select("text.outlet").stream().map(Element::ownText).toList())
        .containsExactly("Northern Post", "Daily Ledger", "Harbor Times", "City Wire");
    assertThat(timeline.select("a").first().attr("href"))
        .startsWith("#view=article&id=energy-post&a=");
    assertThat(item(energy).selectFirst(".iq-meta").text())
        .contains("first seen 2024-03-03T22:00:00Z in Northern Post");
  }

  @Test
  void linksEachOccurrenceToItsOwnArticleWhenArticlesShareAnId() throws IOException {
    Document shared =
        Jsoup.parse(QuoteReportFixture.sharedIdReport(dir.resolve("shared")).toFile());

    Element quote = shared.selectFirst("#quotes li.iq");

    assertThat(quote.attr("data-count")).isEqualTo("2");
    assertThat(quote.select("svg.timeline a").eachAttr("href"))
        .containsExactly("#view=article&id=dup&n=2&a=0", "#view=article&id=dup&n=1&a=0");
    assertThat(quote.selectFirst("a.iq-first").attr("href"))
        .isEqualTo("#view=article&id=dup&n=2&a=0");
  }
}
