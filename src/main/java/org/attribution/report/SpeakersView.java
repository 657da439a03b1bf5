package org.attribution.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attribution.index.Occurrence;
import org.attribution.io.AttributionJson;
import org.attribution.speakers.Speaker;
import org.attribution.speakers.SpeakerGender;
import org.attribution.speakers.SpeakerGrouping;
import org.attribution.speakers.SpeakerIndex;
import org.attribution.speakers.SpeakerOccurrence;
import org.jsoup.nodes.Element;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the Speakers view: the archive's speakers as the {@code speakers} command indexes them
 * ({@link SpeakerIndex}), most quoted first, each with its kind, the gender its texts state and the
 * evidence, its name variants and its quotes, each opening in its article; above them filters by
 * outlet, kind, gender evidence and period that the page script ({@code speakers.js}) applies in
 * the page itself, and a chart of the share of quotes by gender evidence per outlet and month.
 *
 * <p>Stateless and thread-safe.
 */
final class SpeakersView {

  /** Speakers listed: the most quoted, enough for an archive's regular sources. */
  static final int SHOWN = 500;

  /** The gender values, in the order of the chart's parts; a source that is no person last. */
  static final List<String> GENDERS = List.of("female", "male", "mixed", "unknown", "not a person");

  private SpeakersView() {}

  /** The view of {@code speakers}, whose quotes link to their articles in {@code places}. */
  static Element render(List<Speaker> speakers, ArticlePlaces places) {
    Element section = new Element("section").id("speakers").addClass("view").attr("hidden", true);
    section.appendElement("h2").text("Speakers");
    section
        .appendElement("p")
        .addClass("summary")
        .text(
            String.format(
                Locale.ROOT,
                "%,d speakers · %,d of them ambiguous",
                speakers.size(),
                speakers.stream().filter(Speaker::ambiguous).count()));
    filters(section.appendElement("form").addClass("speaker-filters"), speakers);
    section.appendElement("p").addClass("speaker-matches").attr("aria-live", "polite");
    Element panel = section.appendElement("div").addClass("panel");
    panel
        .appendElement("h3")
        .text("Share of quotes by the gender the texts state, per outlet and month");
    panel.appendChild(genderChart(speakers));
    Element list = section.appendElement("ol").addClass("speaker-index");
    for (Speaker s : speakers.subList(0, Math.min(SHOWN, speakers.size()))) {
      list.appendChild(item(s, places));
    }
    if (speakers.size() > SHOWN) {
      section
          .appendElement("p")
          .addClass("note")
          .text(
              String.format(
                  Locale.ROOT,
                  "The %,d most quoted of %,d speakers are listed; the speakers command writes them all.",
                  SHOWN,
                  speakers.size()));
    }
    return section;
  }

  /** The speakers of {@code archive}, as the {@code speakers} command finds them in its output. */
  static List<Speaker> speakersOf(List<ReportArticle> archive) {
    return SpeakerIndex.of(QuotesView.occurrencesOf(archive), false).speakers();
  }

  static String gender(Speaker s) {
    return s.gender() == null ? "not a person" : s.gender().value();
  }

  private static void filters(Element form, List<Speaker> speakers) {
    TreeSet<String> outlets = new TreeSet<>();
    TreeSet<String> months = new TreeSet<>();
    for (Speaker s : speakers) {
      s.outlets().stream().filter(c -> c.value() != null).forEach(c -> outlets.add(c.value()));
      s.months().forEach(c -> months.add(c.value()));
    }
    choice(form, "outlet", "outlet", outlets);
    choice(form, "kind", "kind", List.of("person", "organization", "document", "other"));
    choice(form, "gender", "gender evidence", GENDERS);
    choice(form, "from", "from", months);
    choice(form, "to", "to", months);
  }

  private static void choice(Element form, String name, String caption, Iterable<String> values) {
    Element label = form.appendElement("label").text(caption + " ");
    Element select = label.appendElement("select").attr("name", name);
    select.appendElement("option").attr("value", "").text("any");
    values.forEach(v -> select.appendElement("option").attr("value", v).text(v));
  }

  private static Element item(Speaker s, ArticlePlaces places) {
    // Quotes by outlet and month, for the filters: {"outlet\tmonth": count}.
    ObjectNode uses = AttributionJson.MAPPER.createObjectNode();
    Map<String, Integer> byPlace = new TreeMap<>();
    for (SpeakerOccurrence so : s.occurrences()) {
      Occurrence o = so.occurrence();
      byPlace.merge(
          (o.outlet() == null ? "" : o.outlet()) + "\t" + SpeakerGrouping.period(o),
          1,
          Integer::sum);
    }
    byPlace.forEach(uses::put);
    String kind = s.kind().name().toLowerCase(Locale.ROOT);
    Element item =
        new Element("li")
            .addClass("sp")
            .id(s.id())
            .attr("data-kind", kind)
            .attr("data-gender", gender(s))
            .attr("data-uses", AttributionJson.MAPPER.writeValueAsString(uses));
    Element head = item.appendElement("p").addClass("sp-head");
    head.appendElement("span").addClass("sp-name").text(s.name());
    head.appendText(" ");
    head.appendElement("span").addClass("sp-count").text(s.count() + " quotes");
    head.appendText(
        String.format(
            Locale.ROOT,
            " · %s · in %d %s",
            kind,
            s.documents(),
            s.documents() == 1 ? "article" : "articles"));
    if (s.gender() != null) {
      SpeakerGender g = s.gender();
      head.appendText(" · ");
      head.appendElement("span")
          .addClass("sp-gender")
          .attr("title", "what the texts state: she/Ms./spokeswoman, he/Mr./spokesman, they")
          .text(
              String.format(
                  Locale.ROOT,
                  "%s (she %d, he %d, they %d)",
                  g.value(),
                  g.female(),
                  g.male(),
                  g.they()));
    }
    if (s.ambiguous()) {
      head.appendText(" ");
      head.appendElement("span")
          .addClass("flag")
          .attr(
              "title",
              "The archive cannot tell which of " + s.candidates().size() + " speakers this is")
          .text("ambiguous");
    }
    Element variants = item.appendElement("ul").addClass("sp-variants");
    for (Speaker.Count v : s.variants()) {
      Element li = variants.appendElement("li");
      li.appendText(v.value() + " ");
      li.appendElement("span").addClass("count").text("×" + v.count());
    }
    Element quotes = item.appendElement("details").addClass("sp-quotes");
    quotes.appendElement("summary").text("Quotes in their articles");
    Element list = quotes.appendElement("ol");
    for (SpeakerOccurrence so : s.occurrences()) {
      Occurrence o = so.occurrence();
      Element li = list.appendElement("li");
      li.appendElement("a").addClass("sp-quote").attr("href", places.link(o)).text(o.text());
      li.appendText(
          " — "
              + (o.outlet() == null ? "" : o.outlet() + ", ")
              + (o.date() == null ? "" : o.date() + ", ")
              + o.document());
    }
    return item;
  }

  /** Bars per outlet and month: the quotes of female, male, mixed, unknown and other sources. */
  private static Element genderChart(List<Speaker> speakers) {
    Map<String, long[]> shares = new TreeMap<>();
    for (Speaker s : speakers) {
      int part = GENDERS.indexOf(gender(s));
      for (SpeakerOccurrence so : s.occurrences()) {
        Occurrence o = so.occurrence();
        String label =
            (o.outlet() == null ? "no outlet" : o.outlet()) + " · " + SpeakerGrouping.period(o);
        shares.computeIfAbsent(label, k -> new long[GENDERS.size()])[part]++;
      }
    }
    List<SvgBarChart.StackedBar> bars = new ArrayList<>();
    shares.forEach(
        (label, parts) -> {
          long people = parts[0] + parts[1] + parts[2] + parts[3];
          String caption =
              people == 0
                  ? "no people"
                  : String.format(
                      Locale.ROOT,
                      "%.0f%% female, %.0f%% male",
                      100.0 * parts[0] / people,
                      100.0 * parts[1] / people);
          bars.add(new SvgBarChart.StackedBar(label, parts, caption));
        });
    return SvgBarChart.drawStacked(
        "Quotes by gender evidence, per outlet and month", GENDERS, bars);
  }
}
