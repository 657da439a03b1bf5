package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.attribution.cli.Main;
import org.attribution.testing.SpeakerArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Speakers view of the constructed speaker archive's report in headless Chromium, used as a
 * reader would: {@code extract --profile FAST}, then {@code report} with the texts.
 */
class SpeakersBrowserTest {

  @TempDir static Path dir;

  private static String url;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() throws IOException {
    assumeTrue(
        HeadlessChromium.installed(),
        "Chromium and chromedriver are not installed; run .ci/install-chromium");
    Path extracted = dir.resolve("archive.out.jsonl");
    assertThat(Main.commandLine().execute(SpeakerArchive.extractArguments(extracted))).isZero();
    Path report = dir.resolve("report.html");
    assertThat(
            Main.commandLine()
                .execute(
                    "report",
                    "--input",
                    extracted.toString(),
                    "--texts",
                    SpeakerArchive.articles().toString(),
                    "--output",
                    report.toString()))
        .isZero();
    url = report.toUri().toString();
    browser = HeadlessChromium.start(dir.resolve("profile"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void openSpeakers() {
    browser.get(url + "#view=speakers");
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("speakers")));
  }

  private static List<WebElement> visibleSpeakers() {
    return browser.findElements(By.cssSelector("#speakers li.sp")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  private static List<String> visibleNames() {
    return visibleSpeakers().stream()
        .map(s -> s.findElement(By.className("sp-name")).getText())
        .toList();
  }

  private static void choose(String filter, String value) {
    new Select(browser.findElement(By.cssSelector("#speakers select[name=" + filter + "]")))
        .selectByValue(value);
  }

  @Test
  void theNavigationLeadsToTheMostQuotedWithTheirNameVariants() {
    browser.get(url);
    browser.findElement(By.linkText("Speakers")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("speakers")));
    assertThat(browser.findElement(By.id("archive")).isDisplayed()).isFalse();
    WebElement first = visibleSpeakers().get(0);
    assertThat(first.findElement(By.className("sp-name")).getText()).isEqualTo("Daniela Okonkwo");
    assertThat(first.findElement(By.className("sp-variants")).getText())
        .contains("Daniela Okonkwo")
        .contains("Okonkwo ×");
    assertThat(first.getText()).contains("female (she ");
  }

  @Test
  void filtersByOutletGenderEvidenceKindAndPeriod() {
    openSpeakers();

    choose("gender", "female");
    assertThat(visibleNames())
        .contains("Lillian Chen", "Rosa Alvarez")
        .doesNotContain("Marcus Chen");

    choose("gender", "male");
    choose("outlet", "City Ledger");
    assertThat(visibleNames())
        .contains("Marcus Chen")
        .doesNotContain("Lillian Chen", "Grace Hollis", "Rosa Alvarez");

    choose("gender", "");
    choose("outlet", "");
    choose("kind", "person");
    choose("from", "2024-08");
    assertThat(visibleNames())
        .contains("Samuel Nwosu", "Tomas Reinholt")
        .doesNotContain("Kenji Mori");
    assertThat(browser.findElement(By.cssSelector("#speakers .speaker-matches")).getText())
        .endsWith("speakers match");
  }

  @Test
  void drawsTheShareOfQuotesByGenderEvidencePerOutletAndMonth() {
    openSpeakers();

    WebElement chart = browser.findElement(By.cssSelector("#speakers svg.chart.stacked"));
    assertThat(chart.getText()).contains("Harbour Gazette · 2024-05").contains("% female");
    assertThat(chart.findElements(By.cssSelector("rect.part0"))).hasSizeGreaterThan(5);
  }

  @Test
  void aQuoteOpensInItsArticle() {
    openSpeakers();
    WebElement marcus =
        visibleSpeakers().stream()
            .filter(s -> s.findElement(By.className("sp-name")).getText().equals("Marcus Chen"))
            .findFirst()
            .orElseThrow();
    marcus.findElement(By.tagName("summary")).click();

    marcus.findElement(By.cssSelector("a.sp-quote")).click();

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.focus")));
    assertThat(browser.findElement(By.cssSelector("#article h2")).getText())
        .startsWith("noodles-ledger");
    assertThat(browser.findElement(By.cssSelector("#article .seg.focus")).getText())
        .contains("People want a hot meal");
  }
}
