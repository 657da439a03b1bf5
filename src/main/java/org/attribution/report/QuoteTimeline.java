package org.attribution.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.attribution.index.Occurrence;
import org.attribution.index.Quote;
import org.jsoup.nodes.Element;

/**
 * Draws one quotation's occurrences on a timeline, as an inline SVG: a row per outlet, in the order
 * the outlets first carried it, and a dot per dated occurrence at its date, linking to the place in
 * its article. Undated occurrences have no place on it and are counted below it by the view.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteTimeline {

  private static final int LABEL_WIDTH = 170;
  private static final int PLOT_WIDTH = 520;
  private static final int ROW = 20;
  private static final int AXIS = 22;
  private static final int LABEL_CHARS = 24;
  private static final String UNKNOWN_OUTLET = "(no outlet)";

  private QuoteTimeline() {}

  /**
   * The timeline of {@code quote}, each dot linking to its occurrence in {@code places}, or null
   * when none of its occurrences is dated.
   */
  static Element draw(Quote quote, ArticlePlaces places) {
    List<Occurrence> dated =
        quote.occurrences().stream().filter(o -> o.instant().isPresent()).toList();
    if (dated.isEmpty()) {
      return null;
    }
    List<String> outlets = new ArrayList<>();
    dated.forEach(
        o -> {
          if (!outlets.contains(outlet(o))) {
            outlets.add(outlet(o));
          }
        });
    long first = millis(dated.get(0));
    long last = millis(dated.get(dated.size() - 1));
    int height = outlets.size() * ROW + AXIS;
    int width = LABEL_WIDTH + PLOT_WIDTH + 20;
    Element svg =
        new Element("svg")
            .attr("class", "timeline")
            .attr("role", "img")
            .attr("width", Integer.toString(width))
            .attr("height", Integer.toString(height))
            .attr("viewBox", String.format(Locale.ROOT, "0 0 %d %d", width, height));
    svg.appendElement("title").text("Occurrences by outlet and date");
    for (int row = 0; row < outlets.size(); row++) {
      int y = row * ROW + ROW / 2;
      svg.appendElement("line")
          .addClass("lane")
          .attr("x1", Integer.toString(LABEL_WIDTH))
          .attr("x2", Integer.toString(LABEL_WIDTH + PLOT_WIDTH))
          .attr("y1", Integer.toString(y))
          .attr("y2", Integer.toString(y));
      Element label =
          svg.appendElement("text")
              .addClass("outlet")
              .attr("x", Integer.toString(LABEL_WIDTH - 8))
              .attr("y", Integer.toString(y + 4))
              .attr("text-anchor", "end")
              .text(shorten(outlets.get(row)));
      label.appendElement("title").text(outlets.get(row));
    }
    for (Occurrence o : dated) {
      double share = last == first ? 0.5 : (double) (millis(o) - first) / (last - first);
      int y = outlets.indexOf(outlet(o)) * ROW + ROW / 2;
      Element dot =
          svg.appendElement("a")
              .attr("href", places.link(o))
              .appendElement("circle")
              .addClass(Objects.equals(o.speaker(), quote.speaker()) ? "dot" : "dot other")
              .attr("cx", String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + share * PLOT_WIDTH))
              .attr("cy", Integer.toString(y))
              .attr("r", "5");
      dot.appendElement("title")
          .text(
              o.document()
                  + " · "
                  + o.date()
                  + " · "
                  + (o.speaker() == null ? "no speaker" : o.speaker()));
    }
    axis(svg, outlets.size() * ROW, first, last);
    return svg;
  }

  private static void axis(Element svg, int y, long first, long last) {
    String from = day(first);
    String to = day(last);
    svg.appendElement("text")
        .addClass("axis")
        .attr("x", Integer.toString(LABEL_WIDTH))
        .attr("y", Integer.toString(y + 15))
        .text(from);
    if (!to.equals(from)) {
      svg.appendElement("text")
          .addClass("axis")
          .attr("x", Integer.toString(LABEL_WIDTH + PLOT_WIDTH))
          .attr("y", Integer.toString(y + 15))
          .attr("text-anchor", "end")
          .text(to);
    }
  }

  private static long millis(Occurrence o) {
    return o.instant().orElseThrow().toEpochMilli();
  }

  private static String day(long millis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC).toString();
  }

  private static String outlet(Occurrence o) {
    return o.outlet() == null ? UNKNOWN_OUTLET : o.outlet();
  }

  private static String shorten(String label) {
    return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
  }
}
