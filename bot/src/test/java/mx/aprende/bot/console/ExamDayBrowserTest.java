package mx.aprende.bot.console;

import static mx.aprende.bot.testing.BrowserTestSupport.await;
import static mx.aprende.bot.testing.BrowserTestSupport.screenshot;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.ExamNotifier;
import mx.aprende.bot.exam.ExamSession;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.testing.BrowserTestSupport;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Exam day in headless Chromium on a phone-sized window: a state coordinator lists the sessions,
 * creates one (a wrong date is refused with the reason), checks a learner in by typing their code
 * and records a pass; the learner is told through WhatsApp.
 */
class ExamDayBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String LEARNER = "5215530007777";

  /** Sessions → new session (error, then created) → check-in by code → result → learner told. */
  @Test
  void coordinatorRunsAnExamDay() throws Exception {
    BrowserTestSupport.assumeChromiumAvailable();
    RunningBot bot = TestBots.start();
    try (BrowserTestSupport.Browser browser = BrowserTestSupport.startChromium()) {
      ConsoleFixture.account(
          bot, "marta", Role.COORDINATOR, ConsoleFixture.states(MexicanState.CIUDAD_DE_MEXICO));
      TestBots.onboarded(bot, LEARNER, "Rosa");
      ConsoleFixture.learnerSays(bot, LEARNER, "hola");
      LocalDate day = LocalDate.now(ZoneId.of("America/Mexico_City")).plusDays(10);

      WebDriver driver = browser.driver();
      String console = "http://127.0.0.1:" + bot.consolePort();
      ConsoleBrowserTest.login(driver, console, "marta");
      driver.findElement(By.linkText("Exámenes")).click();
      await(driver, WAIT, ExpectedConditions.visibilityOfElementLocated(By.id("upcoming")));
      // The sample sessions of the coordinator's state only.
      String upcoming = driver.findElement(By.id("upcoming")).getText();
      assertThat(upcoming, containsString("Plaza Comunitaria Cuauhtémoc (ejemplo)"));
      assertThat(upcoming.contains("Guadalajara"), is(false));
      screenshot(driver, "console-exams");
      // One center at a time: its six sample sessions only.
      Select filter = new Select(driver.findElement(By.id("center-filter")));
      filter.selectByValue("cdmx-01");
      String cuauhtemoc = filter.getFirstSelectedOption().getText();
      driver.findElement(By.cssSelector("form.filters button")).click();
      await(driver, WAIT, ExpectedConditions.urlContains("center=cdmx-01"));
      var centerCells = driver.findElements(By.cssSelector("#upcoming tbody td:nth-child(2)"));
      assertThat(centerCells.size(), is(6));
      assertThat(centerCells.stream().allMatch(td -> td.getText().equals(cuauhtemoc)), is(true));

      driver.findElement(By.id("new-session")).click();
      await(driver, WAIT, ExpectedConditions.visibilityOfElementLocated(By.id("session-form")));
      new Select(driver.findElement(By.id("center"))).selectByValue("cdmx-01");
      new Select(driver.findElement(By.id("subject"))).selectByValue("inicial");
      setValue(driver, "date", "2020-01-04");
      setValue(driver, "time", "10:30");
      setValue(driver, "capacity", "12");
      driver.findElement(By.id("create-session")).click();
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(By.id("form-error"), "ya pasó"));
      screenshot(driver, "console-exam-form-error");
      setValue(driver, "date", day.toString());
      driver.findElement(By.id("create-session")).click();
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Examen creado"));
      String sessionId = ExamSession.idFor("cdmx-01", day, java.time.LocalTime.of(10, 30));
      assertThat(driver.getCurrentUrl(), containsString("/exams/" + sessionId));

      // Rosa books it from WhatsApp (stored as the booking dialog stores it).
      MongoExamStore exams = new MongoExamStore(bot.storage().database(), TestBots.cipher());
      assertThat(exams.takeSeat(sessionId), is(true));
      exams.insertBooking(
          Booking.of(
              "Q7PK3M", TestBots.learnerKey(LEARNER), sessionId, "para-empezar", Instant.now()));
      driver.navigate().refresh();
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(By.id("roster"), "Rosa"));
      assertThat(
          driver.findElement(By.id("session-seats")).getText(), is("Lugares: 1 de 12 ocupados"));

      // At the door: the code as the learner reads it out (or a QR reader types it).
      driver.findElement(By.id("checkin-code")).sendKeys("q7p k3m");
      driver.findElement(By.id("checkin-name")).sendKeys("Rosa María Hernández Soto");
      screenshot(driver, "console-exam-checkin");
      driver.findElement(By.id("checkin-submit")).click();
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("notice"), "Llegada registrada"));
      WebElement row = driver.findElement(By.cssSelector("#roster tr[data-code=Q7PK3M]"));
      assertThat(row.findElement(By.cssSelector("td.status")).getText(), is("Llegó"));
      assertThat(row.getText(), containsString("Rosa María Hernández Soto"));

      row.findElement(By.cssSelector("input.score-input")).sendKeys("91");
      new Select(row.findElement(By.cssSelector("select.verdict"))).selectByValue("pass");
      row.findElement(By.cssSelector("form.result button")).click();
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("notice"), "Resultado guardado"));
      assertThat(
          driver.findElement(By.cssSelector("#roster tr[data-code=Q7PK3M] .score")).getText(),
          is("91 · Aprobó"));
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("roster")));
      screenshot(driver, "console-exam-roster");

      // The exam job tells Rosa at once, with the result template.
      Eventually.await(
          WAIT,
          () -> bot.simulator().orElseThrow().captured().after(LEARNER, 0),
          list ->
              list.stream()
                  .anyMatch(
                      m ->
                          m.body()
                              .path("template")
                              .path("name")
                              .asText()
                              .equals(ExamNotifier.RESULT_TEMPLATE)));
      // Every step is in the audit log under the coordinator's name.
      var actions =
          bot.storage()
              .database()
              .getCollection("audit")
              .distinct("action", new org.bson.Document("actor", "marta"), String.class)
              .into(new java.util.ArrayList<>());
      assertThat(
          actions.containsAll(
              java.util.List.of("exam.session.create", "exam.checkin", "exam.result")),
          is(true));
    } finally {
      bot.stop();
    }
  }

  /** Sets an input's value as a date or time picker would (their typing order varies by locale). */
  private static void setValue(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
  }
}
