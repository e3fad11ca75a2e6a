package mx.aprende.bot.simulator;

import static mx.aprende.bot.testing.BrowserTestSupport.await;
import static mx.aprende.bot.testing.BrowserTestSupport.screenshot;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.testing.BrowserTestSupport;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person's first minute, in headless Chromium against the real bot: open the simulator, say
 * "hola", see the welcome with the privacy notice, accept it and confirm the name by tapping
 * buttons.
 */
class SimulatorBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  /**
   * "hola" in the simulator → the welcome with consent buttons; tapping them moves onboarding on.
   */
  @Test
  void holaStartsOnboarding() {
    BrowserTestSupport.assumeChromiumAvailable();
    RunningBot bot = TestBots.start();
    try (BrowserTestSupport.Browser browser = BrowserTestSupport.startChromium()) {
      var driver = browser.driver();
      driver.get("http://127.0.0.1:" + bot.port() + "/simulator/");
      WebElement number =
          await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("wa-id")));
      number.clear();
      number.sendKeys("5215530000001");
      WebElement name = driver.findElement(By.id("profile-name"));
      name.clear();
      name.sendKeys("Marta");

      WebElement composer = driver.findElement(By.id("composer"));
      composer.sendKeys("hola");
      composer.sendKeys(Keys.ENTER);

      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "¡Hola, Marta!"));
      screenshot(driver, "simulator-hola-consent");
      tap(driver, "Acepto");
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "¿Te llamo Marta?"));
      tap(driver, "Sí");
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "Mucho gusto, Marta"));
      screenshot(driver, "simulator-onboarding-age");
      assertThat(driver.findElements(By.cssSelector(".bubble.out")).size() >= 3, is(true));
    } finally {
      bot.stop();
    }
  }

  /** Taps the newest reply button titled {@code title}. */
  private static void tap(org.openqa.selenium.WebDriver driver, String title) {
    List<WebElement> buttons =
        await(
            driver,
            WAIT,
            ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.xpath("//*[contains(@class,'btn-reply')][normalize-space(.)='" + title + "']")));
    WebElement button = buttons.getLast();
    await(driver, WAIT, ExpectedConditions.elementToBeClickable(button)).click();
  }
}
