package org.attribution.report;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Draws a horizontal bar chart as an inline SVG element: one row per bar with its label (a link
 * when the bar has one), a bar scaled to the largest value, and the value. Needs no script and no
 * charting library, so the report stays one small self-contained file. A chart of shares draws each
 * bar as parts of one width ({@link #drawStacked}).
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

  /**
   * One bar of shares: its parts, drawn side by side in the order of the chart's part names, scaled
   * to their sum.
   */
  record StackedBar(String label, long[] parts, String caption) {}

  /**
   * A chart of bars of shares, each as wide as the others, its parts in the classes {@code part0},
   * {@code part1}, … and a legend of {@code partNames} above them.
   */
  static Element drawStacked(String title, List<String> partNames, List<StackedBar> bars) {
    int height = (Math.max(1, bars.size()) + 1) * ROW;
    int width = LABEL_WIDTH + BAR_WIDTH + 120;
    Element svg =
        new Element("svg")
            .attr("class", "chart stacked")
            .attr("role", "img")
            .attr("width", Integer.toString(width))
            .attr("height", Integer.toString(height))
            .attr("viewBox", String.format(Locale.ROOT, "0 0 %d %d", width, height));
    svg.appendElement("title").text(title);
    int x = LABEL_WIDTH;
    for (int p = 0; p < partNames.size(); p++) {
      svg.appendElement("rect")
          .attr("class", "part" + p)
          .attr("x", Integer.toString(x))
          .attr("y", "5")
          .attr("width", "10")
          .attr("height", "10");
      svg.appendElement("text")
          .attr("x", Integer.toString(x + 14))
          .attr("y", "15")
          .text(partNames.get(p));
      x += 14 + 8 * partNames.get(p).length() + 12;
    }
    for (int i = 0; i < bars.size(); i++) {
      StackedBar bar = bars.get(i);
      int y = (i + 1) * ROW;
      svg.appendElement("text")
          .attr("x", Integer.toString(LABEL_WIDTH - 8))
          .attr("y", Integer.toString(y + 15))
          .attr("text-anchor", "end")
          .text(shorten(bar.label()))
          .appendElement("title")
          .text(bar.label());
      long total = java.util.Arrays.stream(bar.parts()).sum();
      long done = 0;
      for (int p = 0; p < bar.parts().length; p++) {
        long from = total == 0 ? 0 : done * BAR_WIDTH / total;
        done += bar.parts()[p];
        long to = total == 0 ? 0 : done * BAR_WIDTH / total;
        if (to > from) {
          svg.appendElement("rect")
              .attr("class", "part" + p)
              .attr("x", Long.toString(LABEL_WIDTH + from))
              .attr("y", Integer.toString(y + 3))
              .attr("width", Long.toString(to - from))
              .attr("height", Integer.toString(ROW - 6));
        }
      }
      svg.appendElement("text")
          .attr("class", "value")
          .attr("x", Integer.toString(LABEL_WIDTH + BAR_WIDTH + 6))
          .attr("y", Integer.toString(y + 15))
          .text(bar.caption());
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
