package mx.aprende.bot.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts a headless Debian Chromium for browser tests, without Selenium Manager and without the
 * network.
 *
 * <p>Tests call {@link #startChromium()} (which skips the test through a JUnit assumption when
 * Chromium or chromedriver is not installed; CI installs both via {@code .ci/run}) and close the
 * returned {@link Browser} when done. The driver executable is always given explicitly: otherwise
 * Selenium Manager would run, write {@code ~/.cache/selenium} and try the network.
 */
public final class BrowserTestSupport {

  /** How long {@link #await} waits by default; generous because the build machine is shared. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private BrowserTestSupport() {}

  /** A running browser and the throw-away profile directory it uses; closing quits both. */
  public record Browser(ChromeDriver driver, Path profileDir) implements AutoCloseable {

    @Override
    public void close() {
      try {
        driver.quit();
      } finally {
        deleteRecursively(profileDir);
      }
    }
  }

  /** The Chromium executable: Debian's {@code /usr/bin/chromium} or one on the PATH. */
  public static Optional<Path> chromium() {
    return executable("chromium", "chromium-browser");
  }

  /** The chromedriver executable: Debian's {@code /usr/bin/chromedriver} or one on the PATH. */
  public static Optional<Path> chromedriver() {
    return executable("chromedriver");
  }

  /** Skips the calling test (or class, from a {@code @BeforeAll}) unless both executables exist. */
  public static void assumeChromiumAvailable() {
    Assumptions.assumeTrue(
        chromium().isPresent() && chromedriver().isPresent(),
        "Chromium and chromedriver not installed (CI installs them via .ci/run)");
  }

  /**
   * Starts headless Chromium with a phone-sized window (420x860) and a fresh profile.
   *
   * @return the running browser; the caller closes it
   */
  public static Browser startChromium() {
    assumeChromiumAvailable();
    // Belt and braces: nothing here should reach Selenium Manager, but if it ever runs it must not
    // phone home.
    System.setProperty("SE_AVOID_STATS", "true");
    Path profile = createTempDirectory();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().orElseThrow().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=420,860",
        "--lang=es-MX",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver().orElseThrow().toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    try {
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (RuntimeException e) {
      deleteRecursively(profile);
      throw e;
    }
  }

  /**
   * Saves a PNG of the current window as {@code target/screenshots/<name>.png}.
   *
   * @return the file written
   */
  public static Path screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits up to {@link #DEFAULT_WAIT} until the condition returns a non-null, non-false value. */
  public static <T> T await(WebDriver driver, ExpectedCondition<T> condition) {
    return await(driver, DEFAULT_WAIT, condition);
  }

  /** Waits up to {@code timeout} until the condition returns a non-null, non-false value. */
  public static <T> T await(WebDriver driver, Duration timeout, ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(condition);
  }

  private static Optional<Path> executable(String... names) {
    for (String name : names) {
      Path debian = Path.of("/usr/bin", name);
      if (Files.isExecutable(debian)) {
        return Optional.of(debian);
      }
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name));
        }
      }
    }
    return Optional.empty();
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("aprende-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp profile is harmless; failing the test over it is not.
    }
  }
}
