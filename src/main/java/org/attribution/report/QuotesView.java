package org.attribution.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.attribution.index.IndexFields;
import org.attribution.index.Occurrence;
import org.attribution.index.OccurrenceLine;
import org.attribution.index.Quote;
import org.attribution.index.QuoteIndex;
import org.jsoup.nodes.Element;

/**
 * Renders the Quotes view: the archive's most repeated quotations ({@link QuoteIndex}), each with
 * its fullest text, every name it is credited to with its count (a disagreement is marked), its
 * first appearance, and its occurrences on a timeline by outlet ({@link QuoteTimeline}); above them
 * a search box that the page script ({@code quotes.js}) filters them by, over text and speakers, in
 * the page itself.
 *
 * <p>Stateless and thread-safe.
 */
final class QuotesView {

  /** Quotations listed: the largest, enough to search an archive's repeated quotes. */
  static final int SHOWN = 500;

  private QuotesView() {}

  /**
   * The quotations of {@code archive}'s attributions, dated and by outlet where its articles kept
   * the index command's default fields ({@link IndexFields#defaults()}): the quotations the index
   * command finds in the same output, from the articles already read.
   */
  static List<Quote> quotesOf(List<ReportArticle> archive) {
    return QuoteIndex.of(occurrencesOf(archive));
  }

  /**
   * The occurrences of {@code archive}'s attributions, dated and by outlet where its articles kept
   * the index commands' default fields, as the index commands read them from the same output.
   */
  static List<Occurrence> occurrencesOf(List<ReportArticle> archive) {
    List<Occurrence> occurrences = new ArrayList<>();
    for (ReportArticle article : archive) {
      occurrences.addAll(
          OccurrenceLine.occurrences(
              article.id(), article.attributions(), article.fields()::get, IndexFields.defaults()));
    }
    return occurrences;
  }

  /** The view of {@code quotes}, whose occurrences link to their articles in {@code places}. */
  static Element render(List<Quote> quotes, ArticlePlaces places) {
    Element section = new Element("section").id("quotes").addClass("view").attr("hidden", true);
    section.appendElement("h2").text("Quotes");
    long repeated = quotes.stream().filter(q -> q.count() > 1).count();
    section
        .appendElement("p")
        .addClass("summary")
        .text(
            String.format(
                Locale.ROOT,
                "%,d distinct quotations · %,d repeated · %,d credited to more than one speaker",
                quotes.size(),
                repeated,
                quotes.stream().filter(q -> q.speakers().size() > 1).count()));
    section
        .appendElement("input")
        .attr("type", "search")
        .id("quote-search")
        .attr("autocomplete", "off")
        .attr("placeholder", "Search quotes and speakers")
        .attr("aria-label", "Search quotes and speakers");
    section.appendElement("p").addClass("quote-matches").attr("aria-live", "polite");
    Element list = section.appendElement("ol").addClass("quote-index");
    List<Quote> shown = quotes.subList(0, Math.min(SHOWN, quotes.size()));
    for (Quote quote : shown) {
      list.appendChild(item(quote, places));
    }
    if (quotes.size() > shown.size()) {
      section
          .appendElement("p")
          .addClass("note")
          .text(
              String.format(
                  Locale.ROOT,
                  "The %,d largest of %,d quotations are listed; the index command writes them all.",
                  shown.size(),
                  quotes.size()));
    }
    return section;
  }

  private static Element item(Quote quote, ArticlePlaces places) {
    Element item =
        new Element("li")
            .addClass("iq")
            .id(quote.id())
            .attr("data-count", Integer.toString(quote.count()))
            .attr(
                "data-search",
                (quote.text()
                        + " "
                        + quote.speakers().stream()
                            .map(Quote.SpeakerCount::name)
                            .collect(Collectors.joining(" ")))
                    .toLowerCase(Locale.ROOT));
    item.appendElement("q").addClass("iq-text").text(quote.text());
    Element meta = item.appendElement("p").addClass("iq-meta");
    meta.appendElement("span")
        .addClass("iq-count")
        .text(
            String.format(
                Locale.ROOT,
                "%,d× in %,d %s",
                quote.count(),
                quote.documents(),
                quote.documents() == 1 ? "article" : "articles"));
    Occurrence first = quote.firstSeen();
    meta.appendText(" · first seen ");
    if (first.date() != null) {
      meta.appendText(first.date() + " ");
    }
    meta.appendText(first.outlet() == null ? "in " : "in " + first.outlet() + ", ");
    meta.appendElement("a")
        .addClass("iq-first")
        .attr("href", places.link(first))
        .text(first.document());
    Element speakers = item.appendElement("ul").addClass("iq-speakers");
    if (quote.speakers().size() > 1) {
      speakers
          .addClass("disagree")
          .attr("title", "Outlets credit this quotation to different people");
    }
    if (quote.speakers().isEmpty()) {
      speakers.appendElement("li").appendElement("span").addClass("flag").text("no speaker");
    }
    for (Quote.SpeakerCount s : quote.speakers()) {
      Element name = speakers.appendElement("li");
      name.appendElement("a")
          .addClass("speaker-link")
          .attr("href", Links.speaker(s.name()))
          .text(s.name());
      name.appendText(" ").appendElement("span").addClass("count").text("×" + s.count());
    }
    Element timeline = QuoteTimeline.draw(quote, places);
    if (timeline != null) {
      item.appendChild(timeline);
    }
    long undated = quote.occurrences().stream().filter(o -> o.instant().isEmpty()).count();
    if (undated > 0) {
      item.appendElement("p")
          .addClass("note")
          .text(
              undated
                  + (undated == 1 ? " occurrence has" : " occurrences have")
                  + " no date"
                  + (timeline == null
                      ? "; keep the documents' dates with extract --keep-fields date"
                      : ""));
    }
    return item;
  }
}
