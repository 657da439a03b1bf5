package org.attribution.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's Chromium through its chromedriver, both from the system, so that Selenium never
 * looks for or downloads a browser of its own.
 */
public final class HeadlessChromium {

  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path BROWSER = Path.of("/usr/bin/chromium");

  private HeadlessChromium() {}

  /** True when chromedriver is there; Debian's chromium-driver package brings the browser too. */
  public static boolean installed() {
    return Files.isExecutable(DRIVER);
  }

  /**
   * A new headless browser with a fresh profile in {@code profile}, offline by its flags, that
   * keeps the page's console and script errors for {@code manage().logs().get(LogType.BROWSER)}.
   */
  public static ChromeDriver start(Path profile) throws IOException {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(BROWSER.toString())
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(profile),
                "--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    return new ChromeDriver(service, options);
  }
}
