package org.attribution.report;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Draws a horizontal bar chart as an inline SVG element: one row per bar with its label (a link
 * when the bar has one), a bar scaled to the largest value, and the value. Needs no script and no
 * charting library, so the report stays one small self-contained file.
 *
 * <p>Stateless and thread-safe.
 */
final class SvgBarChart {

  private static final int LABEL_WIDTH = 230;
  private static final int BAR_WIDTH = 300;
  private static final int ROW = 22;
  private static final int LABEL_CHARS = 32;

  private SvgBarChart() {}

  /**
   * One bar.
   *
   * @param href where the label links to, or {@code null}
   * @param caption the text after the bar, e.g. a count and a share
   */
  record Bar(String label, long value, String caption, String href) {}

  static Element draw(String title, List<Bar> bars) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    int height = Math.max(1, bars.size()) * ROW;
    Element svg =
        new Element("svg")
            .attr("class", "chart")
            .attr("role", "img")
            .attr("width", Integer.toString(LABEL_WIDTH + BAR_WIDTH + 120))
            .attr("height", Integer.toString(height))
            .attr(
                "viewBox",
                String.format(Locale.ROOT, "0 0 %d %d", LABEL_WIDTH + BAR_WIDTH + 120, height));
    svg.appendElement("title").text(title);
    for (int i = 0; i < bars.size(); i++) {
      row(svg, bars.get(i), i * ROW, max);
    }
    return svg;
  }

  private static void row(Element svg, Bar bar, int y, long max) {
    Element parent = bar.href() == null ? svg : svg.appendElement("a").attr("href", bar.href());
    Element label =
        parent
            .appendElement("text")
            .attr("x", Integer.toString(LABEL_WIDTH - 8))
            .attr("y", Integer.toString(y + 15))
            .attr("text-anchor", "end")
            .text(shorten(bar.label()));
    label.appendElement("title").text(bar.label());
    long width = bar.value() <= 0 ? 0 : Math.max(1, bar.value() * BAR_WIDTH / max);
    svg.appendElement("rect")
        .attr("class", "bar")
        .attr("x", Integer.toString(LABEL_WIDTH))
        .attr("y", Integer.toString(y + 3))
        .attr("width", Long.toString(width))
        .attr("height", Integer.toString(ROW - 6));
    svg.appendElement("text")
        .attr("class", "value")
        .attr("x", Long.toString(LABEL_WIDTH + width + 6))
        .attr("y", Integer.toString(y + 15))
        .text(bar.caption());
  }

  private static String shorten(String label) {
    return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
  }
}
