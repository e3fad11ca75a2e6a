package mx.aprende.bot.simulator;

import static mx.aprende.bot.testing.BrowserTestSupport.await;
import static mx.aprende.bot.testing.BrowserTestSupport.screenshot;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
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
 * "hola", see the greeting and the menu, open the menu and pick an entry.
 */
class SimulatorBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** "hola" in the simulator → the greeting and the main menu; a menu row answers honestly. */
  @Test
  void holaShowsTheMenu() {
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
      WebElement openList =
          await(
              driver,
              WAIT,
              ExpectedConditions.elementToBeClickable(By.cssSelector(".bubble.in .list-open")));
      screenshot(driver, "simulator-hola-menu");
      assertThat(openList.getText(), containsString("Ver opciones"));

      openList.click();
      WebElement progress =
          await(
              driver,
              ExpectedConditions.elementToBeClickable(
                  By.xpath(
                      "//*[contains(@class,'sheet')]//*[contains(@class,'row')][contains(.,'Mi progreso')]")));
      screenshot(driver, "simulator-menu-open");
      progress.click();

      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("chat"), "todavía no está lista"));
      screenshot(driver, "simulator-menu-answer");
      assertThat(driver.findElements(By.cssSelector(".bubble.out")).size() >= 2, is(true));
    } finally {
      bot.stop();
    }
  }
}
