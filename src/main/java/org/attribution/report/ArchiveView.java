package org.attribution.report;

import com.google.common.collect.Multiset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attribution.AttributionType;
import org.jsoup.nodes.Element;

/**
 * Renders the archive view: who is quoted most (with a link from every name to its quotes), the
 * share of direct, indirect and mixed attributions, the most frequent cues and the number of
 * attributions per article.
 *
 * <p>Stateless and thread-safe.
 */
final class ArchiveView {

  /** Bars in the speaker and cue charts. */
  static final int CHART_BARS = 20;

  /** Rows of the speaker table; the rest of a large archive is reached through its articles. */
  static final int TABLE_ROWS = 200;

  /** Articles with this many attributions or more share the last bar of the histogram. */
  static final int HISTOGRAM_TOP = 10;

  private ArchiveView() {}

  static Element render(ArchiveStats stats) {
    Element section = new Element("section").id("archive").addClass("view");
    section.appendElement("h2").text("Archive");
    section
        .appendElement("p")
        .addClass("summary")
        .text(
            String.format(
                Locale.ROOT,
                "%,d articles · %,d attributions · %,d without a speaker · %,d articles with errors",
                stats.articles(),
                stats.attributions(),
                stats.unattributed(),
                stats.errors()));
    Element grid = section.appendElement("div").addClass("grid");
    speakers(grid.appendElement("div").addClass("panel"), stats);
    types(grid.appendElement("div").addClass("panel"), stats);
    cues(grid.appendElement("div").addClass("panel"), stats);
    perArticle(grid.appendElement("div").addClass("panel"), stats);
    speakerTable(section, stats);
    return section;
  }

  private static void speakers(Element panel, ArchiveStats stats) {
    panel.appendElement("h3").text("Who is quoted most");
    List<SvgBarChart.Bar> bars = new ArrayList<>();
    for (ArchiveStats.SpeakerCount s :
        stats.speakers().subList(0, Math.min(CHART_BARS, stats.speakers().size()))) {
      bars.add(
          new SvgBarChart.Bar(
              s.name(), s.count(), Integer.toString(s.count()), Links.speaker(s.name())));
    }
    panel.appendChild(SvgBarChart.draw("Attributions per speaker", bars));
  }

  private static void types(Element panel, ArchiveStats stats) {
    panel.appendElement("h3").text("Direct, indirect, mixed");
    List<SvgBarChart.Bar> bars = new ArrayList<>();
    for (AttributionType type : AttributionType.values()) {
      int n = stats.types().count(type);
      String share =
          stats.attributions() == 0
              ? ""
              : String.format(Locale.ROOT, " (%.0f%%)", 100.0 * n / stats.attributions());
      bars.add(new SvgBarChart.Bar(type.name().toLowerCase(Locale.ROOT), n, n + share, null));
    }
    panel.appendChild(SvgBarChart.draw("Attributions by type", bars));
  }

  private static void cues(Element panel, ArchiveStats stats) {
    panel.appendElement("h3").text("Most frequent cues");
    List<SvgBarChart.Bar> bars = new ArrayList<>();
    for (Multiset.Entry<String> cue : stats.cues().entrySet()) {
      if (bars.size() == CHART_BARS) {
        break;
      }
      bars.add(
          new SvgBarChart.Bar(
              cue.getElement(), cue.getCount(), Integer.toString(cue.getCount()), null));
    }
    panel.appendChild(SvgBarChart.draw("Attributions per cue", bars));
  }

  private static void perArticle(Element panel, ArchiveStats stats) {
    panel.appendElement("h3").text("Attributions per article");
    int[] articles = new int[HISTOGRAM_TOP + 1];
    int most = 0;
    for (Multiset.Entry<Integer> e : stats.perArticle().entrySet()) {
      int bucket = Math.min(e.getElement(), HISTOGRAM_TOP);
      articles[bucket] += e.getCount();
      most = Math.max(most, bucket);
    }
    List<SvgBarChart.Bar> bars = new ArrayList<>();
    for (int n = 0; n <= most; n++) {
      String label = n == HISTOGRAM_TOP ? n + " or more" : Integer.toString(n);
      bars.add(
          new SvgBarChart.Bar(
              label,
              articles[n],
              articles[n] + (articles[n] == 1 ? " article" : " articles"),
              null));
    }
    panel.appendChild(SvgBarChart.draw("Articles by number of attributions", bars));
  }

  private static void speakerTable(Element section, ArchiveStats stats) {
    section.appendElement("h3").text("Speakers");
    Element table = section.appendElement("table").addClass("speakers");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("Speaker");
    head.appendElement("th").text("Kind");
    head.appendElement("th").text("Attributions");
    Element body = table.appendElement("tbody");
    List<ArchiveStats.SpeakerCount> shown =
        stats.speakers().subList(0, Math.min(TABLE_ROWS, stats.speakers().size()));
    for (ArchiveStats.SpeakerCount s : shown) {
      Element row = body.appendElement("tr");
      row.appendElement("td")
          .appendElement("a")
          .addClass("speaker-link")
          .attr("href", Links.speaker(s.name()))
          .text(s.name());
      row.appendElement("td").text(s.kind().map(Enum::name).orElse("unknown"));
      row.appendElement("td").addClass("num").text(Integer.toString(s.count()));
    }
    if (stats.speakers().size() > shown.size()) {
      section
          .appendElement("p")
          .addClass("note")
          .text(
              String.format(
                  Locale.ROOT,
                  "%,d more speakers with fewer attributions are listed in their articles.",
                  stats.speakers().size() - shown.size()));
    }
  }
}
