package org.attribution.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.attribution.index.IndexFields;
import org.attribution.index.OccurrenceReader;
import org.attribution.index.QuoteIndex;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Saves the picture of the report's Quotes view shown in the README, {@code report-quotes.png}. Run
 * by {@code scripts/quotes-screenshot.sh}.
 *
 * <pre>
 * QuotesScreenshot OUTPUT.jsonl TEXTS DIR
 * </pre>
 */
final class QuotesScreenshot {

  private QuotesScreenshot() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: QuotesScreenshot OUTPUT.jsonl TEXTS DIR");
      System.exit(2);
    }
    Path output = Path.of(args[0]);
    List<ReportArticle> archive = ExtractionReader.read(output, Path.of(args[1]));
    Path work = Files.createTempDirectory("quotes-screenshot");
    Path html = work.resolve("report.html");
    HtmlReport.write(
        archive,
        QuoteIndex.of(
            OccurrenceReader.read(List.of(output), IndexFields.defaults(), System.err::println)
                .occurrences()),
        "Who said what",
        html);
    Path png = Files.createDirectories(Path.of(args[2])).resolve("report-quotes.png");
    ChromeDriver browser = HeadlessChromium.start(work.resolve("profile"));
    try {
      browser.manage().window().setSize(new Dimension(1280, 1100));
      browser.get(html.toUri() + "#view=quotes");
      browser.navigate().refresh();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#quotes svg.timeline")));
      Files.copy(
          browser.getScreenshotAs(OutputType.FILE).toPath(),
          png,
          StandardCopyOption.REPLACE_EXISTING);
      System.err.println("Wrote " + png);
    } finally {
      browser.quit();
    }
  }
}
