package org.ordertocash.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests, driven through the distribution's chromedriver (Selenium
 * Manager's download cannot work on the build machines).
 *
 * <p>Use it as a static extension field, {@code @RegisterExtension static final Browser browser =
 * Browser.create();}, and call {@link #start()} in the test:
 *
 * <ul>
 *   <li>Before the class (so before a Spring context is started for nothing) and again in
 *       {@link #start()}, it skips the tests with a message when {@code /usr/bin/chromium} or
 *       {@code /usr/bin/chromedriver} is missing - unless {@code OTC_REQUIRE_BROWSER=true} (set by
 *       CI), where it fails. Paths can be overridden with {@code OTC_CHROMIUM} and
 *       {@code OTC_CHROMEDRIVER}.
 *   <li>Each browser gets a fresh temporary profile, removed again by {@link #close()}.
 *   <li>{@link #saveArtifacts(String)} writes a screenshot and the page source to
 *       {@code target/browser/}; the extension does so for every test that fails while the
 *       browser is open (before the browser is closed), and quits the browser after each test.
 * </ul>
 */
public final class Browser
    implements ExecutionCondition, TestExecutionExceptionHandler, AfterEachCallback, AfterAllCallback, AutoCloseable {

  public static final String REQUIRE_ENV = "OTC_REQUIRE_BROWSER";
  public static final Path ARTIFACTS = Path.of("target", "browser");

  private WebDriver driver;
  private Path profile;

  /** An unstarted browser, to be registered as an extension and started in the test. */
  public static Browser create() {
    return new Browser();
  }

  private Browser() {}

  /**
   * Aborts (skips) the calling test when Chromium or chromedriver is not installed, or fails it when
   * {@code OTC_REQUIRE_BROWSER=true}.
   */
  public static void assumeInstalled() {
    String missing = missing();
    if (missing != null) {
      Assumptions.abort(missing);
    }
  }

  /** Null when both are installed; else why the test is skipped. Throws if the browser is required. */
  private static String missing() {
    for (File required : new File[] {chromium(), chromedriver()}) {
      if (!required.canExecute()) {
        String hint = "Install it with 'apt-get install -y chromium chromium-driver' "
            + "(or point OTC_CHROMIUM / OTC_CHROMEDRIVER at it).";
        if (Boolean.parseBoolean(System.getenv(REQUIRE_ENV))) {
          throw new IllegalStateException(
              required + " is missing and " + REQUIRE_ENV + "=true: the browser test must run. " + hint);
        }
        return required + " is missing: skipping the browser test. " + hint;
      }
    }
    return null;
  }

  /** Starts Chromium, or aborts (skips) the test when it is not installed. */
  public WebDriver start() {
    return start("en-US", 1400, 1000);
  }

  /** A browser asking for pages in {@code language} (e.g. zh-CN), its window {@code width} × {@code height}. */
  public WebDriver start(String language, int width, int height) {
    assumeInstalled();
    close();
    File chromium = chromium();
    File chromedriver = chromedriver();
    try {
      profile = Files.createTempDirectory("otc-chromium-");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create a Chromium profile directory", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=" + width + "," + height, "--lang=" + language,
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", java.util.Map.of(
        "download.default_directory", downloads().toAbsolutePath().toString(),
        "download.prompt_for_download", false, "intl.accept_languages", language));
    // keep the console, so that tests can look for failed requests (404) and script errors
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver)
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /**
   * The browser console's errors since the last call: failed requests ("… status of 404 …") and
   * uncaught script errors, as Chromium logs them.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .toList();
  }

  /** Where files the page downloads land (inside the profile, removed with it). */
  public Path downloads() {
    if (profile == null) {
      throw new IllegalStateException("Browser not started");
    }
    return profile.resolve("downloads");
  }

  public WebDriver driver() {
    if (driver == null) {
      throw new IllegalStateException("Browser not started");
    }
    return driver;
  }

  public WebDriverWait waitUpTo(Duration timeout) {
    return new WebDriverWait(driver(), timeout);
  }

  /** Screenshot and page source as target/browser/{name}-{time}.png/.html; never throws. */
  public void saveArtifacts(String name) {
    if (driver == null) {
      return;
    }
    String base = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    try {
      Files.createDirectories(ARTIFACTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(ARTIFACTS.resolve(base + ".png"), png);
      Files.writeString(ARTIFACTS.resolve(base + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
      System.err.println("Browser artifacts saved to " + ARTIFACTS.resolve(base).toAbsolutePath() + ".{png,html}");
    } catch (Exception e) {
      System.err.println("Could not save browser artifacts " + base + ": " + e);
    }
  }

  /** Evaluated before the test class is set up, so no Spring context is started for nothing. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String missing = missing();
    return missing == null
        ? ConditionEvaluationResult.enabled("Chromium and chromedriver are installed")
        : ConditionEvaluationResult.disabled(missing);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    if (!(failure instanceof TestAbortedException)) {
      saveArtifacts(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
    }
    throw failure;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      deleteProfile();
    }
  }

  private void deleteProfile() {
    if (profile == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory; the OS cleans up what is left
    }
    profile = null;
  }

  private static File chromium() {
    return new File(env("OTC_CHROMIUM", "/usr/bin/chromium"));
  }

  private static File chromedriver() {
    return new File(env("OTC_CHROMEDRIVER", "/usr/bin/chromedriver"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
