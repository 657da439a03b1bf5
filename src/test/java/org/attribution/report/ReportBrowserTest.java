package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attribution.Attribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
    assumeTrue(HeadlessChromium.installed(), "Chromium and chromedriver are not installed; run .ci/install-chromium");
    archive = ReportSamples.archive();
    Path file = dir.resolve("report.html");
    HtmlReport.write(archive, "Who said what", file);
    url = file.toUri().toString();
    browser = HeadlessChromium.start(dir.resolve("profile"));
    // Waits end as soon as the page shows what is asked; the limit only ends a wait that never would.
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
      if (Arrays.asList(seg.getDomAttribute("data-atts").split(" ")).contains(Integer.toString(attribution))) {
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
        String shown = segmentsOf(i).stream()
            .filter(s -> s.getDomAttribute("class").contains("hl"))
            .map(WebElement::getText).reduce("", String::concat);
        assertThat(shown).as("attribution %d of %s", i, article.id()).contains(a.content().strip());
      }
      assertThat(browser.findElements(By.cssSelector("#article table.attributions tbody tr")))
          .hasSize(article.attributions().size());
    }
  }

  @Test
  void flagsQuotesWithoutSpeaker() {
    ReportArticle article = archive.get(1);
    long unattributed = article.attributions().stream()
        .filter(a -> a.speakerCanonical() == null && a.speaker() == null && a.document() == null).count();

    open(Links.article(article.id()));

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.hl")));
    assertThat(browser.findElements(By.cssSelector("#article .text .flag"))).hasSize((int) unattributed);
    assertThat(browser.findElements(By.cssSelector("#article .seg.hl.none"))).isNotEmpty();
  }

  @Test
  void showsSpeakerOfAPassageOnHover() {
    ReportArticle article = archive.get(0);
    open(Links.article(article.id()));
    WebElement mentioned = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.hl.k0")));
    int first = Integer.parseInt(mentioned.getDomAttribute("data-atts").split(" ")[0]);

    new Actions(browser).moveToElement(mentioned).perform();

    WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .details .card")));
    Attribution pointed = article.attributions().get(first);
    assertThat(card.getText()).contains(pointed.speakerCanonical()).containsIgnoringCase(pointed.type().name());
  }

  @Test
  void speakerInTheArchiveLeadsToItsQuotes() {
    String name = archive.get(0).attributions().stream()
        .filter(a -> a.speaker() != null && a.speakerCanonical() != null && !a.speaker().equals(a.speakerCanonical()))
        .findFirst().orElseThrow().speakerCanonical();
    List<Attribution> quotes = archive.stream().flatMap(a -> a.attributions().stream())
        .filter(a -> name.equals(a.speakerCanonical())).toList();
    open("");

    browser.findElement(By.linkText(name)).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#speaker ol.quotes")));
    assertThat(browser.findElement(By.cssSelector("#speaker h2")).getText()).isEqualTo(name);
    List<WebElement> items = browser.findElements(By.cssSelector("#speaker ol.quotes li q"));
    assertThat(items).extracting(WebElement::getText)
        .containsExactlyElementsOf(quotes.stream().map(Attribution::content).toList());

    browser.findElement(By.cssSelector("#speaker ol.quotes li .source a")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.focus")));
    assertThat(browser.findElement(By.cssSelector("#article .details .card")).getText()).contains(name);
  }

  @Test
  void scriptInAnArticleIsShownNotRun() {
    ReportArticle article = archive.get(1);
    open(Links.article(article.id()));

    WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .text")));

    assertThat(text.getText()).contains("<script>alert(\"pier\")</script>", "<here>");
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
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

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#articles ol.article-list")));
    assertThat(browser.findElements(By.cssSelector("#articles ol.article-list > li"))).hasSize(50);
    browser.findElement(By.cssSelector("#articles .pager a.next")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#articles .pager"), "page 2 of 3"));
    assertThat(browser.findElement(By.cssSelector("#articles ol.article-list > li a")).getText()).isEqualTo("article-50");
  }
}
