package org.attribution.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attribution.index.Quote;
import org.attribution.internal.ClassResources;
import org.jsoup.SerializationException;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the report: one self-contained HTML file (inline style, script and data; no network) with
 * an archive view of who is quoted most, a paged list of articles, an article view that highlights
 * each attribution in its speaker's colour, a view of each speaker's quotes, and a search of all
 * attributions by text, type, speaker kind and confidence, a Quotes view of the quotations repeated
 * across the archive ({@link QuotesView}), and a Speakers view of who is quoted across it ({@link
 * SpeakersView}).
 *
 * <pre>{@code
 * List<ReportArticle> archive = ExtractionReader.read(Path.of("out.jsonl.gz"));
 * HtmlReport.write(archive, "Who said what", Path.of("report.html"));
 * }</pre>
 *
 * <p>The page is a jsoup DOM, so everything that comes from an article is escaped when the DOM is
 * written. Articles travel as compressed JSON (see {@link ReportData}) that the page script decodes
 * and renders only when an article is shown, putting text into the page with {@code textContent}
 * alone; the archive view is plain HTML and shows at once.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {

  /** Id of the script element that holds the index of articles and speakers, as JSON. */
  public static final String INDEX_ID = "report-index";

  /** Id of the script element that holds the articles, a line of base64 gzipped JSON each. */
  public static final String ARTICLES_ID = "report-articles";

  private static final String SCRIPT = ClassResources.text(HtmlReport.class, "report.js");
  private static final String QUOTES_STYLE = ClassResources.text(HtmlReport.class, "quotes.css");
  private static final String QUOTES_SCRIPT = ClassResources.text(HtmlReport.class, "quotes.js");
  private static final String SPEAKERS_STYLE =
      ClassResources.text(HtmlReport.class, "speakers.css");
  private static final String SPEAKERS_SCRIPT =
      ClassResources.text(HtmlReport.class, "speakers.js");

  private HtmlReport() {}

  /**
   * The report page of {@code archive}, titled {@code title}, whose Quotes view holds the
   * quotations of its attributions, dated and by outlet where the articles kept the index command's
   * default fields ({@code date}, {@code url}, {@code outlet}).
   */
  public static Document build(List<ReportArticle> archive, String title) {
    return build(archive, QuotesView.quotesOf(archive), title);
  }

  /**
   * The report page of {@code archive}, titled {@code title}, with {@code quotes} in its Quotes
   * view, such as the index of the same extraction output read with other fields.
   */
  public static Document build(List<ReportArticle> archive, List<Quote> quotes, String title) {
    Document page = ArticleView.page(title, QUOTES_STYLE, SPEAKERS_STYLE);
    Element body = page.body();
    Element header = body.appendElement("header");
    header.appendElement("h1").text(title);
    Element nav = header.appendElement("nav");
    nav.appendElement("a").attr("href", "#view=archive").text("Archive");
    nav.appendElement("a").attr("href", "#view=articles").text("Articles");
    nav.appendElement("a").attr("href", "#view=search").text("Search");
    nav.appendElement("a").attr("href", "#view=quotes").text("Quotes");
    nav.appendElement("a").attr("href", "#view=speakers").text("Speakers");
    body.appendElement("noscript")
        .text("The article and speaker views need JavaScript; the archive view does not.");

    Element main = body.appendElement("main");
    main.appendChild(ArchiveView.render(ArchiveStats.of(archive)));
    for (String view : List.of("articles", "article", "speaker", "search")) {
      main.appendElement("section").id(view).addClass("view").attr("hidden", true);
    }
    ArticlePlaces places = new ArticlePlaces(archive);
    main.appendChild(QuotesView.render(quotes, places));
    main.appendChild(SpeakersView.render(SpeakersView.speakersOf(archive), places));

    body.appendElement("script")
        .attr("type", "application/json")
        .id(INDEX_ID)
        .appendChild(new DataNode(ReportData.index(archive)));
    // A data block, not a script: a line of base64 gzipped JSON per article.
    body.appendElement("script")
        .attr("type", "text/plain")
        .id(ARTICLES_ID)
        .appendChild(new DataNode(ReportData.articles(archive)));
    body.appendElement("script").appendChild(new DataNode(ArticleView.SCRIPT));
    body.appendElement("script").appendChild(new DataNode(SCRIPT));
    body.appendElement("script").appendChild(new DataNode(QUOTES_SCRIPT));
    body.appendElement("script").appendChild(new DataNode(SPEAKERS_SCRIPT));
    return page;
  }

  /** Builds the report of {@code archive} and writes it to {@code file} in UTF-8. */
  public static void write(List<ReportArticle> archive, String title, Path file)
      throws IOException {
    write(archive, QuotesView.quotesOf(archive), title, file);
  }

  /**
   * Builds the report of {@code archive} with {@code quotes} and writes it to {@code file} in
   * UTF-8.
   */
  public static void write(List<ReportArticle> archive, List<Quote> quotes, String title, Path file)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(archive, quotes, title, out);
    }
  }

  /**
   * Builds the report of {@code archive} and writes it to {@code out}.
   *
   * @throws IOException if writing fails (a full disk), rather than jsoup's unchecked wrapper
   */
  public static void write(List<ReportArticle> archive, String title, Writer out)
      throws IOException {
    write(archive, QuotesView.quotesOf(archive), title, out);
  }

  private static void write(
      List<ReportArticle> archive, List<Quote> quotes, String title, Writer out)
      throws IOException {
    Document page = build(archive, quotes, title);
    try {
      page.html(out);
    } catch (SerializationException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
    out.flush();
  }
}
