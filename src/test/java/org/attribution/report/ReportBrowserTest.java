package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.cli.Main;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;

/** Opens the report of the samples in headless Chromium and uses it as a reader would. */
class ReportBrowserTest {

  private static List<ReportArticle> archive;
  private static Path dir;
  private static String url;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser(@TempDir Path tempDir) throws IOException {
    dir = tempDir;
    assumeTrue(
        HeadlessChromium.installed(),
        "Chromium and chromedriver are not installed; run .ci/install-chromium");
    archive = ReportSamples.archive();
    Path file = dir.resolve("report.html");
    HtmlReport.write(archive, "Who said what", file);
    url = file.toUri().toString();
    browser = HeadlessChromium.start(dir.resolve("profile"));
    // Waits end as soon as the page shows what is asked; the limit only ends a wait that never
    // would.
    wait = new WebDriverWait(browser, Duration.ofMinutes(2));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void open(String fragment) {
    browser.get(url + fragment);
    browser.navigate().refresh();
  }

  private static List<WebElement> segmentsOf(int attribution) {
    List<WebElement> mine = new ArrayList<>();
    for (WebElement seg : browser.findElements(By.cssSelector("#article .seg"))) {
      if (Arrays.asList(seg.getDomAttribute("data-atts").split(" "))
          .contains(Integer.toString(attribution))) {
        mine.add(seg);
      }
    }
    return mine;
  }

  @Test
  void highlightsEveryAttributionOfAnArticle() {
    for (ReportArticle article : archive) {
      open(Links.article(article.id()));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.hl")));

      for (int i = 0; i < article.attributions().size(); i++) {
        Attribution a = article.attributions().get(i);
        String shown =
            segmentsOf(i).stream()
                .filter(s -> s.getDomAttribute("class").contains("hl"))
                .map(WebElement::getText)
                .reduce("", String::concat);
        assertThat(shown).as("attribution %d of %s", i, article.id()).contains(a.content().strip());
      }
      assertThat(browser.findElements(By.cssSelector("#article table.attributions tbody tr")))
          .hasSize(article.attributions().size());
    }
  }

  @Test
  void flagsQuotesWithoutSpeaker() {
    ReportArticle article = archive.get(1);
    long unattributed =
        article.attributions().stream()
            .filter(
                a -> a.speakerCanonical() == null && a.speaker() == null && a.document() == null)
            .count();

    open(Links.article(article.id()));

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.hl")));
    assertThat(browser.findElements(By.cssSelector("#article .text .flag")))
        .hasSize((int) unattributed);
    assertThat(browser.findElements(By.cssSelector("#article .seg.hl.none"))).isNotEmpty();
  }

  @Test
  void showsSpeakerOfAPassageOnHover() {
    ReportArticle article = archive.get(0);
    open(Links.article(article.id()));
    WebElement mentioned =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.hl.k0")));
    int first = Integer.parseInt(mentioned.getDomAttribute("data-atts").split(" ")[0]);

    new Actions(browser).moveToElement(mentioned).perform();

    WebElement card =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#article .details .card")));
    Attribution pointed = article.attributions().get(first);
    assertThat(card.getText())
        .contains(pointed.speakerCanonical())
        .containsIgnoringCase(pointed.type().name());
  }

  @Test
  void speakerInTheArchiveLeadsToItsQuotes() {
    String name =
        archive.get(0).attributions().stream()
            .filter(
                a ->
                    a.speaker() != null
                        && a.speakerCanonical() != null
                        && !a.speaker().equals(a.speakerCanonical()))
            .findFirst()
            .orElseThrow()
            .speakerCanonical();
    List<Attribution> quotes =
        archive.stream()
            .flatMap(a -> a.attributions().stream())
            .filter(a -> name.equals(a.speakerCanonical()))
            .toList();
    open("");

    browser.findElement(By.linkText(name)).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#speaker ol.quotes")));
    assertThat(browser.findElement(By.cssSelector("#speaker h2")).getText()).isEqualTo(name);
    List<WebElement> items = browser.findElements(By.cssSelector("#speaker ol.quotes li q"));
    assertThat(items)
        .extracting(WebElement::getText)
        .containsExactlyElementsOf(quotes.stream().map(Attribution::content).toList());

    browser.findElement(By.cssSelector("#speaker ol.quotes li .source a")).click();

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.focus")));
    assertThat(browser.findElement(By.cssSelector("#article .details .card")).getText())
        .contains(name);
  }

  @Test
  void scriptInAnArticleIsShownNotRun() {
    ReportArticle article = archive.get(1);
    open(Links.article(article.id()));

    WebElement text =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .text")));

    assertThat(text.getText()).contains("<script>alert(\"pier\")</script>", "<here>");
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void pagesALongListOfArticles() throws IOException {
    ReportArticle model = archive.get(1);
    List<ReportArticle> many = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      many.add(new ReportArticle("article-" + i, model.text(), model.attributions(), null));
    }
    Path file = dir.resolve("many.html");
    HtmlReport.write(many, "Many", file);
    browser.get(file.toUri() + "#view=articles");

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#articles ol.article-list")));
    assertThat(browser.findElements(By.cssSelector("#articles ol.article-list > li"))).hasSize(50);
    browser.findElement(By.cssSelector("#articles .pager a.next")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#articles .pager"), "page 2 of 3"));
    assertThat(browser.findElement(By.cssSelector("#articles ol.article-list > li a")).getText())
        .isEqualTo("article-50");
  }

  @Test
  void namesAnArticleByItsKeptTitleAndLinksOnlyWebAddresses() throws IOException {
    ReportArticle model = archive.get(1);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Harbour council delays vote");
    fields.put("url", "https://example.org/harbour");
    fields.put("source", "javascript:alert(1)");
    Path file = dir.resolve("titled.html");
    HtmlReport.write(
        List.of(new ReportArticle(model.id(), model.text(), model.attributions(), null, fields)),
        "T",
        file);

    browser.get(file.toUri() + "#view=articles");
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#articles ol.article-list")));
    browser.findElement(By.linkText("Harbour council delays vote")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article dl.fields")));
    assertThat(browser.findElement(By.cssSelector("#article h2")).getText())
        .isEqualTo("Harbour council delays vote");
    assertThat(browser.findElements(By.cssSelector("#article dl.fields a")))
        .extracting(a -> a.getDomAttribute("href"))
        .containsExactly("https://example.org/harbour");
    assertThat(browser.findElement(By.cssSelector("#article dl.fields")).getText())
        .contains(model.id())
        .contains("javascript:alert(1)");
  }

  @Test
  void showsLoneSurrogatesAsReplacementCharactersWithoutAScriptError() throws IOException {
    // JSON escapes can give an id, a text and a speaker a lone half of a surrogate pair, which no
    // encoding can write and an address cannot hold.
    String id = "vote\ud800count";
    String text = "Senator Jo\udc00nes said \"The count is \ud800 late.\"";
    String content = text.substring(text.indexOf('"'));
    Attribution quote =
        Attribution.builder(
                AttributionType.DIRECT, content, Span.of(text.indexOf('"'), text.length()))
            .cue("said", Span.of(text.indexOf("said"), text.indexOf("said") + 4), CueKind.SPEECH)
            .speaker("Senator Jo\udc00nes", Span.of(0, text.indexOf(" said")))
            .speakerCanonical("Senator Jo\udc00nes")
            .speakerKind(SpeakerKind.PERSON)
            .build();
    ObjectNode line = AttributionJson.document(id, List.of(quote)).put("text", text);
    Path output = dir.resolve("surrogates.jsonl");
    Files.writeString(
        output,
        AttributionJson.MAPPER
                .writeValueAsString(line)
                .replace("\ud800", "\\ud800")
                .replace("\udc00", "\\udc00")
            + "\n");
    Path file = dir.resolve("surrogates.html");
    assertThat(
            Main.commandLine()
                .execute("report", "--input", output.toString(), "--output", file.toString()))
        .isZero();
    browser.manage().logs().get(LogType.BROWSER);
    browser.get(file.toUri().toString());
    browser.navigate().refresh();

    browser.findElement(By.linkText("Senator Jo\uFFFDnes")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#speaker ol.quotes")));
    assertThat(browser.findElement(By.cssSelector("#speaker ol.quotes li q")).getText())
        .isEqualTo("\"The count is \uFFFD late.\"");
    browser.findElement(By.cssSelector("#speaker ol.quotes li .source a")).click();

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.focus")));
    assertThat(browser.findElement(By.cssSelector("#article h2")).getText())
        .isEqualTo("vote\uFFFDcount");
    assertThat(browser.findElement(By.cssSelector("#article .text")).getText())
        .isEqualTo("Senator Jo\uFFFDnes said \"The count is \uFFFD late.\"");
    assertThat(browser.findElement(By.cssSelector("#article table.attributions tbody")).getText())
        .contains("Senator Jo\uFFFDnes");
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .isEmpty();
  }

  @Test
  void searchFiltersAllAttributionsByTextTypeKindAndConfidence() {
    List<Attribution> all = archive.stream().flatMap(a -> a.attributions().stream()).toList();
    Attribution probe = archive.get(1).attributions().get(0);
    String word = probe.content().split(" ")[2].toLowerCase(Locale.ROOT);
    long withWord =
        archive.stream()
            .flatMap(
                article ->
                    article.attributions().stream()
                        .filter(a -> haystack(article, a).contains(word)))
            .count();
    long direct = all.stream().filter(a -> a.type() == AttributionType.DIRECT).count();
    long directPersonsConfident =
        all.stream()
            .filter(
                a ->
                    a.type() == AttributionType.DIRECT
                        && Speakers.kind(a).orElse(null) == SpeakerKind.PERSON
                        && a.confidence() >= 0.9)
            .count();
    open("#view=search");
    WebElement box =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search input[name=q]")));

    assertThat(found()).isEqualTo(all.size());
    box.sendKeys(word);
    assertThat(found()).isEqualTo(withWord).isLessThan(all.size());
    box.clear();
    box.sendKeys(" ");
    new Select(browser.findElement(By.cssSelector("#search select[name=type]")))
        .selectByValue("DIRECT");
    assertThat(found()).isEqualTo(direct);
    new Select(browser.findElement(By.cssSelector("#search select[name=kind]")))
        .selectByValue("PERSON");
    browser.findElement(By.cssSelector("#search input[name=min]")).sendKeys("0.9");
    assertThat(found()).isEqualTo(directPersonsConfident);
    assertThat(browser.getCurrentUrl())
        .contains("type=DIRECT")
        .contains("kind=PERSON")
        .contains("min=0.9");
  }

  /**
   * The number of attributions the search view says it found, once its results answer the address's
   * search.
   */
  private static long found() {
    wait.until(
        d ->
            (Boolean)
                browser.executeScript(
                    "const r = document.querySelector('#search .results');"
                        + " return r != null && r.dataset.query === location.hash.slice(1);"));
    return Long.parseLong(
        browser
            .findElement(By.cssSelector("#search .results .summary"))
            .getText()
            .replaceAll("[^0-9]", ""));
  }

  /** What the page's text search looks in, lower-cased. */
  private static String haystack(ReportArticle article, Attribution a) {
    return String.join(
            "\n",
            Arrays.asList(
                a.content(),
                Speakers.name(a).orElse(""),
                String.valueOf(a.speaker()),
                String.valueOf(a.cue()),
                String.valueOf(a.document()),
                article.id()))
        .toLowerCase(Locale.ROOT);
  }
}
