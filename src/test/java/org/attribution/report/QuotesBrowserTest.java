package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Quotes view of the constructed archive's report in headless Chromium, used as a reader would.
 */
class QuotesBrowserTest {

  @TempDir static Path dir;

  private static String url;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() throws IOException {
    assumeTrue(
        HeadlessChromium.installed(),
        "Chromium and chromedriver are not installed; run .ci/install-chromium");
    url = new QuoteReportFixture(dir).report.toUri().toString();
    browser = HeadlessChromium.start(dir.resolve("profile"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static WebElement openQuotes() {
    browser.get(url + "#view=quotes");
    browser.navigate().refresh();
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quotes")));
  }

  private static List<WebElement> visibleQuotes() {
    return browser.findElements(By.cssSelector("#quotes li.iq")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  private static void search(String text) {
    WebElement box = browser.findElement(By.id("quote-search"));
    // Keys rather than clear(), which fires no input event.
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    box.sendKeys(text);
  }

  @Test
  void theNavigationLeadsToTheQuotesViewAlone() {
    browser.get(url);
    browser.findElement(By.linkText("Quotes")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quotes")));
    assertThat(browser.findElement(By.id("archive")).isDisplayed()).isFalse();
    assertThat(visibleQuotes().get(0).getText()).contains("4× in 4 articles");
  }

  @Test
  void searchFindsQuotationsBySpeakerAndByText() {
    openQuotes();

    search("lisa chen");
    assertThat(visibleQuotes())
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.getText())
                    .contains("The bridge will be finished")
                    .contains("Tom Reyes ×3"));

    search("NO comment");
    assertThat(visibleQuotes()).hasSize(2);
    assertThat(browser.findElement(By.cssSelector("#quotes .quote-matches")).getText())
        .startsWith("2 of ");

    search("");
    assertThat(visibleQuotes())
        .hasSize(browser.findElements(By.cssSelector("#quotes li.iq")).size());
  }

  @Test
  void aDotOnTheTimelineOpensTheOccurrenceInItsArticle() {
    openQuotes();
    WebElement dot = visibleQuotes().get(0).findElement(By.cssSelector("svg.timeline a"));

    dot.click();

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.focus")));
    assertThat(browser.findElement(By.cssSelector("#article h2")).getText()).startsWith("bridge-");
    assertThat(browser.findElement(By.id("quotes")).isDisplayed()).isFalse();
  }

  @Test
  void aDotOpensItsOwnArticleWhenArticlesShareAnId() throws IOException {
    browser.get(QuoteReportFixture.sharedIdReport(dir.resolve("shared")).toUri() + "#view=quotes");
    browser.navigate().refresh();
    WebElement earliest =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#quotes svg.timeline a")));

    earliest.click();

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.focus")));
    assertThat(browser.findElement(By.cssSelector("#article h2")).getText()).isEqualTo("dup (2)");
    assertThat(browser.findElement(By.cssSelector("#article")).getText())
        .contains("The council met on Monday.");
  }
}
