package org.attribution.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Saves the pictures of the report shown in the README: the article view of the first article with
 * one attribution selected, and the archive view. Run by {@code scripts/report-screenshot.sh}.
 *
 * <pre>
 * ReportScreenshot OUTPUT.jsonl TEXTS ATTRIBUTION DIR
 * </pre>
 */
final class ReportScreenshot {

  private ReportScreenshot() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: ReportScreenshot OUTPUT.jsonl TEXTS ATTRIBUTION DIR");
      System.exit(2);
    }
    List<ReportArticle> archive = ExtractionReader.read(Path.of(args[0]), Path.of(args[1]));
    Path work = Files.createTempDirectory("report-screenshot");
    Path html = work.resolve("report.html");
    HtmlReport.write(archive, "Who said what", html);
    Path dir = Files.createDirectories(Path.of(args[3]));
    ChromeDriver browser = HeadlessChromium.start(work.resolve("profile"));
    try {
      browser.manage().window().setSize(new Dimension(1280, 1100));
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
      browser.get(
          html.toUri() + Links.article(archive.get(0).id()) + "&a=" + Integer.parseInt(args[2]));
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .seg.focus")));
      save(browser, dir.resolve("report-screenshot.png"));
      browser.get(html.toUri() + "#view=archive");
      browser.navigate().refresh();
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#archive svg.chart")));
      save(browser, dir.resolve("report-archive.png"));
    } finally {
      browser.quit();
    }
  }

  private static void save(ChromeDriver browser, Path png) throws IOException {
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        png,
        StandardCopyOption.REPLACE_EXISTING);
    System.err.println("Wrote " + png);
  }
}
