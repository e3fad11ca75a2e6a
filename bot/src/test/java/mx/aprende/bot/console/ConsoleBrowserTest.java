package mx.aprende.bot.console;

import static mx.aprende.bot.testing.BrowserTestSupport.await;
import static mx.aprende.bot.testing.BrowserTestSupport.screenshot;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.learning.EngineCurriculum;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.testing.BrowserTestSupport;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.curriculum.Module;
import mx.aprende.engine.curriculum.Skill;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A tutor's and a coordinator's day in headless Chromium against the real bot: a learner's message
 * raises a flag, the tutor takes over, replies (it reaches the simulator's outbox), hands back and
 * resolves; the coordinator's dashboard draws its charts and exports CSV.
 */
class ConsoleBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String LEARNER = "5215530009999";

  /**
   * Flag → queue → takeover → reply in the outbox → a reply refused for a closed window, explained,
   * and the template sent in one click → hand back → resolve; learner HTML stays text.
   */
  @Test
  void tutorHandlesAFlaggedLearner() throws Exception {
    BrowserTestSupport.assumeChromiumAvailable();
    RunningBot bot = TestBots.start();
    try (BrowserTestSupport.Browser browser = BrowserTestSupport.startChromium()) {
      ConsoleFixture.account(
          bot, "ana", Role.TUTOR, ConsoleFixture.states(MexicanState.CIUDAD_DE_MEXICO));
      ConsoleFixture.place(bot, TestBots.learnerKey(LEARNER), MexicanState.CIUDAD_DE_MEXICO);
      ConsoleFixture.learnerSays(bot, LEARNER, "hola");
      Eventually.await(
          WAIT,
          () -> bot.simulator().orElseThrow().captured().after(LEARNER, 0).size(),
          n -> n >= 2);
      ConsoleFixture.learnerSays(bot, LEARNER, "no entiendo nada <script>alert('x')</script>");

      WebDriver driver = browser.driver();
      String console = "http://127.0.0.1:" + bot.consolePort();
      login(driver, console, "ana");
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(By.id("queue-rows"), "Frustración"));
      screenshot(driver, "console-queue");

      driver.findElement(By.cssSelector("#queue-rows a")).click();
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("transcript"), "<script>alert('x')</script>"));
      assertThat(driver.findElements(By.cssSelector("#transcript script")).size(), is(0));
      screenshot(driver, "console-learner");
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("transcript")));
      screenshot(driver, "console-transcript");
      ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");

      driver.findElement(By.id("takeover")).click();
      await(driver, WAIT, ExpectedConditions.visibilityOfElementLocated(By.id("reply-text")));
      driver
          .findElement(By.id("reply-text"))
          .sendKeys("Hola, soy Ana, tu asesora. ¿En qué te ayudo?");
      driver.findElement(By.id("send-reply")).click();
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "soy Ana"));
      screenshot(driver, "console-takeover-reply");
      var outbox =
          Eventually.await(
              WAIT,
              () -> bot.simulator().orElseThrow().captured().after(LEARNER, 0),
              list -> list.stream().anyMatch(m -> m.body().toString().contains("soy Ana")));
      assertThat(outbox.isEmpty(), is(false));

      // While taken over the bot stays silent.
      int before = bot.simulator().orElseThrow().captured().after(LEARNER, 0).size();
      ConsoleFixture.learnerSays(bot, LEARNER, "gracias");
      Eventually.await(
          WAIT,
          () ->
              bot.storage()
                  .database()
                  .getCollection("inbound")
                  .countDocuments(
                      new org.bson.Document("learner", TestBots.learnerKey(LEARNER))
                          .append("state", "done")),
          n -> n >= 3);
      assertThat(bot.simulator().orElseThrow().captured().after(LEARNER, 0).size(), is(before));

      // WhatsApp refused a message with 131047: the next free text is refused and explained.
      bot.storage()
          .database()
          .getCollection("closed_windows")
          .insertOne(new Document("_id", TestBots.learnerKey(LEARNER)).append("since", new Date()));
      driver.findElement(By.id("reply-text")).sendKeys("¿Seguimos mañana?");
      driver.findElement(By.id("send-reply")).click();
      await(driver, WAIT, ExpectedConditions.visibilityOfElementLocated(By.id("refusal")));
      assertThat(
          driver.findElement(By.id("refusal-title")).getText(),
          is("No se envió: la ventana de 24 horas está cerrada."));
      assertThat(
          driver.findElement(By.id("reply-text")).getAttribute("value"), is("¿Seguimos mañana?"));
      screenshot(driver, "console-window-closed");
      driver.findElement(By.id("send-template-now")).click();
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("transcript"), "[plantilla aprende_respuesta_asesor]"));
      Eventually.await(
          WAIT,
          () -> bot.simulator().orElseThrow().captured().after(LEARNER, 0),
          list -> list.stream().anyMatch(m -> m.body().toString().contains("template")));

      driver.findElement(By.id("handback")).click();
      await(driver, WAIT, ExpectedConditions.visibilityOfElementLocated(By.id("bot-active")));
      var note = driver.findElement(By.cssSelector("ul.flags input[name=note]"));
      note.sendKeys("Le expliqué el tema por mensaje.");
      driver.findElement(By.cssSelector("ul.flags button.resolve")).click();
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("ul.flags"), "Resuelta"));
      screenshot(driver, "console-resolved");
      driver.get(console + "/queue");
      await(
          driver,
          WAIT,
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("queue-rows"), "No hay alertas"));
    } finally {
      bot.stop();
    }
  }

  /**
   * The coordinator's dashboard draws four charts from seeded data, counts the funnel from the
   * engine's milestones and the exam stores, shows the exam calendar and results of the
   * coordinator's state only, and exports its tables.
   */
  @Test
  void coordinatorSeesChartsAndExportsCsv() throws Exception {
    BrowserTestSupport.assumeChromiumAvailable();
    RunningBot bot = TestBots.start();
    try (BrowserTestSupport.Browser browser = BrowserTestSupport.startChromium()) {
      ConsoleFixture.account(
          bot, "carla", Role.COORDINATOR, ConsoleFixture.states(MexicanState.CIUDAD_DE_MEXICO));
      List<String> skills =
          EngineCurriculum.from(TestBots.curriculum()).graph().skills().stream()
              .limit(3)
              .map(Skill::id)
              .toList();
      ConsoleFixture.seedLearning(bot, Instant.now(), skills);
      ConsoleFixture.seedMilestones(bot, Instant.now().minus(Duration.ofDays(3)));
      Module module = TestBots.curriculum().modules().getFirst();
      ConsoleFixture.seedExams(bot, LocalDate.now(ZoneId.of("America/Mexico_City")), module.id());

      WebDriver driver = browser.driver();
      // A laptop-sized window: coordinators read the dashboard on a computer.
      driver.manage().window().setSize(new Dimension(1280, 1500));
      String console = "http://127.0.0.1:" + bot.consolePort();
      login(driver, console, "carla");
      await(
          driver,
          WAIT,
          ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chart[data-rendered=true]"), 4));
      // Four learners are in the coordinator's state; one of them has been away for 20 days.
      assertThat(driver.findElement(By.cssSelector("#active-month .value")).getText(), is("4"));
      assertThat(driver.findElements(By.cssSelector("#at-risk tr")).size(), is(2));
      assertThat(driver.findElements(By.cssSelector("#chart-activity svg")).size(), is(1));
      screenshot(driver, "console-dashboard");
      scrollTo(driver, "chart-funnel");
      screenshot(driver, "console-dashboard-funnel");

      // Exams: the two Mexico City centers only, upcoming sessions and results of the range.
      assertThat(driver.findElements(By.cssSelector("#exam-calendar tr")).size(), is(3));
      assertThat(driver.findElements(By.cssSelector("#exam-results tr")).size(), is(3));
      assertThat(driver.getPageSource(), not(containsString("Guadalajara")));
      assertThat(
          driver.findElement(By.cssSelector("#exam-calendar")).getText(),
          containsString("6 de 6 · llena"));
      assertThat(driver.findElements(By.cssSelector("#chart-exams svg")).size(), is(1));
      scrollTo(driver, "exam-calendar");
      screenshot(driver, "console-dashboard-exams");

      String cookie = driver.manage().getCookieNamed("aprende_console").getValue();
      String csv = get(URI.create(console + "/dashboard.csv?table=funnel"), cookie);
      assertThat(csv, containsString("\"etapa\",\"estudiantes\""));
      assertThat(csv, containsString("\"Inscritos\",\"4\""));
      assertThat(csv, containsString("\"Primer ejercicio\",\"4\""));
      assertThat(csv, containsString("\"Primera habilidad dominada\",\"3\""));
      assertThat(csv, containsString("\"Módulo listo para examen\",\"2\""));
      assertThat(csv, containsString("\"Examen agendado\",\"2\""));
      assertThat(csv, containsString("\"Aprobado\",\"1\""));
      assertThat(csv, containsString("\"Certificado de nivel\",\"1\""));
      assertThat(csv, not(containsString("Jalisco")));

      String results = get(URI.create(console + "/dashboard.csv?table=results"), cookie);
      assertThat(
          results,
          containsString(
              "\"centro\",\"modulo\",\"agendados\",\"presentaron\",\"aprobados\","
                  + "\"no_aprobados\",\"porcentaje_aprobados\""));
      assertThat(
          results,
          containsString(
              "\"Plaza Comunitaria Centro\",\""
                  + module.title()
                  + "\",\"5\",\"5\",\"3\",\"1\",\"75\""));
      assertThat(
          results,
          containsString(
              "\"Plaza Comunitaria Norte\",\""
                  + module.title()
                  + "\",\"4\",\"3\",\"1\",\"2\",\"33\""));
      assertThat(results, not(containsString("Guadalajara")));
      String calendar = get(URI.create(console + "/dashboard.csv?table=calendar"), cookie);
      assertThat(
          calendar,
          containsString(
              "\"fecha\",\"hora\",\"centro\",\"examen\",\"lugares_ocupados\",\"capacidad\""));
      assertThat(
          calendar,
          containsString(
              "\"09:00\",\"Plaza Comunitaria Norte\",\"Nivel intermedio (primaria)\",\"6\",\"6\""));
      assertThat(calendar.lines().count(), is(3L));
    } finally {
      bot.stop();
    }
  }

  private static void scrollTo(WebDriver driver, String id) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id(id)));
  }

  static void login(WebDriver driver, String console, String username) {
    driver.get(console + "/login");
    await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("username")))
        .sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(ConsoleFixture.PASSWORD);
    driver.findElement(By.id("login")).click();
    await(driver, WAIT, ExpectedConditions.presenceOfElementLocated(By.cssSelector("header nav")));
  }

  private static String get(URI uri, String cookie) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri)
                    .header("Cookie", "aprende_console=" + cookie)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode(), is(200));
    return response.body();
  }
}
