package org.attribution.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.io.AttributionJson;
import org.attribution.report.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The service's page in headless Chromium, used as a journalist would: paste an article, ask, and
 * read who said what, highlighted as the report shows it.
 */
class ServicePageBrowserTest {

  private static final Path ARTICLE = Path.of("samples/putin-xi-2024-05-16.txt");

  private static AttributionService service;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    assumeTrue(
        HeadlessChromium.installed(),
        "Chromium and chromedriver are not installed; run .ci/install-chromium");
    Function<Document, List<Attribution>> fast =
        AttributionExtractor.builder().profile(Profile.FAST).build()::extract;
    // Two profiles, so that the page offers its switch; both run the fast extractor here.
    Map<Profile, Function<Document, List<Attribution>>> extractions = new LinkedHashMap<>();
    extractions.put(Profile.FAST, fast);
    extractions.put(Profile.ACCURATE, fast);
    service =
        AttributionService.start(
            TestService.options(
                List.copyOf(extractions.keySet()), 2, 8, 1 << 20, Duration.ofMinutes(5), List.of()),
            extractions);
    browser = HeadlessChromium.start(dir.resolve("profile"));
    // Waits end as soon as the page shows what is asked; the limit only ends a wait that never
    // would.
    wait = new WebDriverWait(browser, Duration.ofMinutes(2));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @AfterEach
  void noScriptErrors() {
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .isEmpty();
  }

  /** Opens the page, pastes {@code text} into its box, asks, and waits for the answer. */
  private static void paste(String text) {
    browser.get(service.uri().toString());
    // A paste puts the whole text in the box at once, as setting its value does.
    browser.executeScript(
        "arguments[0].value = arguments[1]", browser.findElement(By.id("article-text")), text);
    ask();
  }

  private static void ask() {
    browser.findElement(By.cssSelector("#extract-form button")).click();
    WebElement status = browser.findElement(By.id("status"));
    wait.until(ignored -> !status.getText().isEmpty() && !status.getText().startsWith("Finding"));
  }

  @Test
  void highlightsEveryAttributionOfAPastedArticleWithItsSpeaker() throws Exception {
    String text = Files.readString(ARTICLE);
    JsonNode view =
        AttributionJson.MAPPER.readTree(
            TestService.post(service, "/view", "text/plain", text).body());
    int count = view.get("atts").size();

    paste(text);

    assertThat(count).isEqualTo(12);
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(count + " attributions");
    List<WebElement> rows =
        browser.findElements(By.cssSelector("#article table.attributions tbody tr"));
    assertThat(rows).hasSize(count);
    List<WebElement> segments = browser.findElements(By.cssSelector("#article .text .seg"));
    for (int i = 0; i < count; i++) {
      String number = String.valueOf(i);
      assertThat(segments)
          .as("highlighted content of attribution %s", i)
          .anyMatch(
              s ->
                  s.getDomAttribute("class").contains("hl")
                      && Arrays.asList(s.getDomAttribute("data-atts").split(" ")).contains(number));
      JsonNode who = view.get("atts").get(i).get("who");
      String speakerCell = rows.get(i).findElements(By.tagName("td")).get(3).getText();
      assertThat(speakerCell).isEqualTo(who == null ? "no speaker" : who.asString());
    }
    List<String> speakers = new ArrayList<>();
    browser
        .findElements(By.cssSelector("#article .seg.mk-speaker"))
        .forEach(s -> speakers.add(s.getText()));
    assertThat(speakers).contains("Mr. Putin");
  }

  @Test
  void showsWhoSaidWhatWhenAPassageIsPointedAt() {
    paste("\"We will rebuild the bridge,\" the mayor said.");

    browser.findElement(By.cssSelector("#article .seg.hl")).click();

    assertThat(browser.findElement(By.cssSelector("#article .details .card")).getText())
        .contains("the mayor")
        .contains("said");
  }

  @Test
  void switchesProfiles() {
    browser.get(service.uri().toString());
    new Select(browser.findElement(By.id("profile"))).selectByValue("ACCURATE");
    browser.findElement(By.id("article-text")).sendKeys("Smith said taxes would rise.");
    ask();

    assertThat(browser.findElement(By.cssSelector("#article h2")).getText())
        .isEqualTo("Your article (accurate)");
  }

  @Test
  void showsMarkupInAnArticleAsText() {
    String hostile =
        "<script>alert(1)</script> \"<b>We</b> <img src=x onerror=alert(2)>,\" Ann said.";

    paste(hostile);

    assertThat(browser.findElement(By.cssSelector("#article .text")).getText()).isEqualTo(hostile);
    assertThat(browser.findElements(By.cssSelector("#article b, #article img, #article script")))
        .isEmpty();
    assertThat(alertShown()).isFalse();
  }

  @Test
  void saysWhyWhenTheServiceRefusesTheText() {
    paste("word ".repeat(20_001).substring(0, 100_001));

    WebElement status = browser.findElement(By.id("status"));
    assertThat(status.getText())
        .isEqualTo("text has 100,001 characters, more than the limit of 100,000");
    assertThat(status.getDomAttribute("class")).isEqualTo("error");
    // The browser logs the refusal itself; nothing else, and no script error.
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .extracting(entry -> entry.getMessage())
        .singleElement()
        .asString()
        .endsWith(
            "Failed to load resource: the server responded with a status of 413 (Payload Too Large)");
  }

  private static boolean alertShown() {
    try {
      browser.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }
}
