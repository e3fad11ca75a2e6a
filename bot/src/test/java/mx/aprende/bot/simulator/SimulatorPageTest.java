package mx.aprende.bot.simulator;

import static mx.aprende.bot.testing.BrowserTestSupport.await;
import static mx.aprende.bot.testing.BrowserTestSupport.screenshot;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import java.util.List;
import java.util.stream.Stream;
import mx.aprende.bot.testing.BrowserTestSupport;
import mx.aprende.bot.testing.BrowserTestSupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Drives the simulator page in headless Chromium against the real static files (served the way the
 * bot serves them) and a scripted fake of the simulator API. Screenshots land in {@code
 * target/screenshots/}.
 */
class SimulatorPageTest {

  private static final String READ_BLUE = "rgba(83, 189, 235, 1)";

  private static final ScriptedSimulatorApi API = new ScriptedSimulatorApi();
  private static WebServer server;
  private static Browser browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void startServerAndBrowser() {
    BrowserTestSupport.assumeChromiumAvailable();
    server = startServer();
    browser = BrowserTestSupport.startChromium();
    driver = browser.driver();
  }

  /**
   * Serves the page as the bot does: classpath folder "simulator" at /simulator, welcome file
   * index.html.
   */
  private static WebServer startServer() {
    return WebServer.builder()
        .host("127.0.0.1")
        .port(0)
        .routing(
            routing ->
                routing
                    .register("/simulator/api", API)
                    .register(
                        "/simulator",
                        StaticContentFeature.createService(
                            ClasspathHandlerConfig.builder()
                                .location("simulator")
                                .welcome("index.html")
                                .build())))
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @BeforeEach
  void openFreshPage() {
    API.clear();
    driver.manage().window().setSize(new Dimension(420, 860));
    driver.get(pageUrl());
    // Only a test that changed the learner leaves settings behind; reload only then, to keep the
    // suite fast.
    if ((Boolean)
        js("const stale = localStorage.length > 0; localStorage.clear(); return stale;")) {
      driver.navigate().refresh();
    }
    awaitPageReady();
  }

  /**
   * Typing "hola" and Enter shows the learner's bubble, then the bot's text, buttons and list,
   * formatted.
   */
  @Test
  void holaShowsLearnerBubbleAndFormattedBotReplies() {
    typeAndEnter("hola");

    WebElement mine =
        await(driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".bubble.out")));
    assertThat(mine.findElement(By.cssSelector(".text")).getText(), is("hola"));
    List<WebElement> bot = awaitBotBubbles(3);
    assertThat(bot.get(0).findElement(By.tagName("strong")).getText(), is("Ana"));
    assertThat(bot.get(0).findElement(By.tagName("em")).getText(), is("Aprende"));
    assertThat(bot.get(0).findElement(By.cssSelector("code.mono")).getText(), is("ayuda"));
    assertThat(bot.get(0).findElement(By.cssSelector(".text")).getText(), not(containsString("*")));
    assertThat(
        texts(bot.get(1).findElements(By.cssSelector(".btn-reply"))),
        is(List.of("Seguir", "Practicar", "Ayuda")));
    assertThat(
        bot.get(2).findElement(By.cssSelector(".list-open")).getText(), containsString("Ver menú"));

    JsonNode posted = awaitPosted(1).get(0);
    assertThat(posted.path("type").asText(), is("text"));
    assertThat(posted.path("text").asText(), is("hola"));
    assertThat(posted.path("wa_id").asText(), is(ScriptedSimulatorApi.DEFAULT_WA_ID));
    assertThat(posted.path("name").asText(), is("Ana"));
    assertThat(driver.findElement(By.id("composer")).getDomProperty("value"), is(""));
    screenshot(driver, "simulator-hola-phone");
  }

  /**
   * Tapping a reply button posts a button_reply with the button's id and the bot message as
   * context.
   */
  @Test
  void tappingReplyButtonPostsButtonReplyWithContext() {
    typeAndEnter("hola");
    WebElement buttons = awaitBotBubbles(3).get(1);

    buttons.findElements(By.cssSelector(".btn-reply")).get(1).click();

    JsonNode reply = awaitPosted(2).get(1);
    assertThat(reply.path("type").asText(), is("button_reply"));
    assertThat(reply.path("id").asText(), is("menu:quiz"));
    assertThat(reply.path("title").asText(), is("Practicar"));
    assertThat(
        reply.path("context_message_id").asText(), is(buttons.getDomAttribute("data-message-id")));
    WebElement mine = awaitLearnerBubbles(2).get(1);
    assertThat(mine.findElement(By.cssSelector(".text")).getText(), is("Practicar"));
    assertThat(mine.findElement(By.cssSelector(".quote")).getText(), is("¿Qué quieres hacer hoy?"));
  }

  /** Opening a list shows a sheet with its sections and rows; choosing a row posts a list_reply. */
  @Test
  void choosingListRowPostsListReply() {
    typeAndEnter("hola");
    WebElement list = awaitBotBubbles(3).get(2);

    list.findElement(By.cssSelector(".list-open")).click();
    WebElement sheet =
        await(driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sheet")));
    assertThat(sheet.findElement(By.id("sheet-title")).getText(), is("Ver menú"));
    assertThat(
        texts(sheet.findElements(By.cssSelector(".section-title"))),
        is(List.of("Aprender", "Cuenta")));
    screenshot(driver, "simulator-list-sheet");
    sheet.findElement(By.cssSelector(".row[data-id='menu:progress']")).click();

    JsonNode reply = awaitPosted(2).get(1);
    assertThat(reply.path("type").asText(), is("list_reply"));
    assertThat(reply.path("id").asText(), is("menu:progress"));
    assertThat(reply.path("title").asText(), is("Mi progreso"));
    assertThat(
        reply.path("context_message_id").asText(), is(list.getDomAttribute("data-message-id")));
    await(driver, ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".sheet")));
    assertThat(awaitLearnerBubbles(2).get(1).getText(), containsString("Mi progreso"));
  }

  /**
   * Sharing a preset place from the attachment menu posts a location with its name and coordinates.
   */
  @Test
  void sharingPresetLocationPostsLocation() {
    driver.findElement(By.id("attach")).click();
    await(driver, ExpectedConditions.elementToBeClickable(By.id("share-location"))).click();
    await(
            driver,
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".sheet .place[data-place='cdmx']")))
        .click();

    JsonNode location = awaitPosted(1).get(0);
    assertThat(location.path("type").asText(), is("location"));
    assertThat(location.path("latitude").asDouble(), is(19.4326));
    assertThat(location.path("longitude").asDouble(), is(-99.1332));
    assertThat(location.path("location_name").asText(), is("Zócalo, CDMX"));
    assertThat(awaitLearnerBubbles(1).get(0).getText(), containsString("Zócalo, CDMX"));
  }

  /** Custom coordinates are checked before sending, then posted as a location. */
  @Test
  void customLocationIsValidatedThenPosted() {
    driver.findElement(By.id("attach")).click();
    await(driver, ExpectedConditions.elementToBeClickable(By.id("share-location"))).click();
    WebElement latitude =
        await(driver, ExpectedConditions.elementToBeClickable(By.id("custom-lat")));
    latitude.sendKeys("123");
    driver.findElement(By.id("custom-lng")).sendKeys("-99.5");
    driver.findElement(By.id("send-custom-location")).click();
    assertThat(driver.findElement(By.id("custom-error")).getText(), containsString("latitud"));
    assertThat(API.posted(), is(empty()));

    latitude.clear();
    latitude.sendKeys("16.75");
    driver.findElement(By.id("custom-place")).sendKeys("San Cristóbal");
    driver.findElement(By.id("send-custom-location")).click();

    JsonNode location = awaitPosted(1).get(0);
    assertThat(location.path("latitude").asDouble(), is(16.75));
    assertThat(location.path("longitude").asDouble(), is(-99.5));
    assertThat(location.path("location_name").asText(), is("San Cristóbal"));
  }

  /** Markup in a bot text is shown as literal text and never runs. */
  @Test
  void botTextWithMarkupShowsAsLiteralText() {
    String hostile =
        "<script>alert(1)</script> <img src=x onerror=\"window.__xss=1\"> <b>negrita</b>";
    API.push(ScriptedSimulatorApi.DEFAULT_WA_ID, textBody(hostile.replace("\"", "\\\"")));

    WebElement bubble = awaitBotBubbles(1).get(0);
    assertThat(bubble.findElement(By.cssSelector(".text")).getText(), is(hostile));
    assertThat(bubble.findElements(By.cssSelector("script, img, b")), is(empty()));
    assertThat(js("return window.__xss"), is(nullValue()));
    assertNoAlert();
  }

  /**
   * A server error shows the banner, marks the bubble as not sent and gives the typed text back.
   */
  @Test
  void serverErrorShowsBannerAndKeepsTypedText() {
    API.failNextPost(Status.INTERNAL_SERVER_ERROR_500);
    typeAndEnter("¿me oyes?");

    WebElement banner =
        await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("error-banner")));
    assertThat(banner.getText(), containsString("simulated failure"));
    await(
        driver, d -> d.findElement(By.id("composer")).getDomProperty("value").equals("¿me oyes?"));
    assertThat(
        driver.findElement(By.cssSelector(".bubble.out .ticks")).getDomAttribute("data-state"),
        is("failed"));
    screenshot(driver, "simulator-error");

    driver.findElement(By.id("send")).click();
    assertThat(awaitPosted(1).get(0).path("text").asText(), is("¿me oyes?"));
    await(driver, ExpectedConditions.invisibilityOfElementLocated(By.id("error-banner")));
  }

  /** A mark-as-read turns the learner's ticks blue; its typing indicator shows "escribiendo…". */
  @Test
  void markAsReadTurnsTicksBlueAndShowsTyping() {
    // A typing indicator only shows once the history is replayed; a second poll means the first was
    // drawn.
    await(driver, d -> API.afterParameters().size() >= 2);
    typeAndEnter("una pregunta");
    await(driver, d -> "delivered".equals(ticks().getDomAttribute("data-state")));
    assertThat(ticks().getCssValue("color"), is(not(READ_BLUE)));
    String learnerId = awaitLearnerBubbles(1).get(0).getDomAttribute("data-message-id");

    API.push(
        ScriptedSimulatorApi.DEFAULT_WA_ID,
        """
        {"messaging_product":"whatsapp","status":"read","message_id":"%s","typing_indicator":{"type":"text"}}
        """
            .formatted(learnerId));

    await(driver, d -> "read".equals(ticks().getDomAttribute("data-state")));
    assertThat(ticks().getCssValue("color"), is(READ_BLUE));
    assertThat(driver.findElement(By.id("presence")).getText(), is("escribiendo…"));
    assertThat(driver.findElements(By.cssSelector(".bubble.in")), is(empty()));
    screenshot(driver, "simulator-read-typing");

    API.push(ScriptedSimulatorApi.DEFAULT_WA_ID, textBody("Listo."));
    awaitBotBubbles(1);
    assertThat(
        driver.findElement(By.id("presence")).getText(), is(ScriptedSimulatorApi.BUSINESS_PHONE));
  }

  /**
   * WhatsApp's formatting marks become elements by WhatsApp's rules; everything else stays text.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("formattingCases")
  void formattingFollowsWhatsAppRules(String text, String expectedHtml) {
    String html =
        (String)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    """
                    const [text, done] = arguments;
                    import(new URL('js/format.js', location.href)).then((format) => {
                      const holder = document.createElement('div');
                      holder.append(format.formatText(text));
                      done(holder.innerHTML);
                    });
                    """,
                    text);
    assertThat(html, is(expectedHtml));
  }

  static Stream<Arguments> formattingCases() {
    return Stream.of(
        Arguments.of("*negrita*", "<strong>negrita</strong>"),
        Arguments.of("_cursiva_", "<em>cursiva</em>"),
        Arguments.of("~tachado~", "<s>tachado</s>"),
        Arguments.of("```a *b*\nc```", "<code class=\"mono\">a *b*\nc</code>"),
        Arguments.of("*_ambas_*", "<strong><em>ambas</em></strong>"),
        Arguments.of("¡*Hola*, Ana!", "¡<strong>Hola</strong>, Ana!"),
        Arguments.of("nombre_de_archivo", "nombre_de_archivo"),
        Arguments.of("2 * 3 * 4", "2 * 3 * 4"),
        Arguments.of("*a\nb*", "*a\nb*"),
        Arguments.of("**", "**"),
        Arguments.of("<b>x</b> & y", "&lt;b&gt;x&lt;/b&gt; &amp; y"),
        Arguments.of(
            "Ve a https://aprende.mx/a_b_c.",
            "Ve a <a href=\"https://aprende.mx/a_b_c\" target=\"_blank\" rel=\"noopener noreferrer\">"
                + "https://aprende.mx/a_b_c</a>."),
        Arguments.of("javascript:alert(1)", "javascript:alert(1)"));
  }

  /**
   * Existing bubbles are never re-rendered: polls ask only for what came after the last seen
   * message.
   */
  @Test
  void pollingAppendsOnlyNewMessages() {
    API.push(ScriptedSimulatorApi.DEFAULT_WA_ID, textBody("primero"));
    long firstSeq = API.lastSeq();
    WebElement first = awaitBotBubbles(1).get(0);
    js("document.querySelector('.bubble.in').dataset.marker = 'kept'");

    API.push(ScriptedSimulatorApi.DEFAULT_WA_ID, textBody("segundo"));

    List<WebElement> bubbles = awaitBotBubbles(2);
    assertThat(bubbles.get(0), is(first));
    assertThat(first.getDomAttribute("data-marker"), is("kept"));
    assertThat(
        texts(bubbles.stream().map(b -> b.findElement(By.cssSelector(".text"))).toList()),
        is(List.of("primero", "segundo")));
    assertThat(API.afterParameters(), hasItem(firstSeq));
  }

  /** Templates, media, links and reactions from the bot are shown readably, with no raw JSON. */
  @Test
  void templatesMediaLinksAndReactionsRenderReadably() {
    typeAndEnter("¿tienes tarea?");
    String learnerId = awaitLearnerId();
    String to = ScriptedSimulatorApi.DEFAULT_WA_ID;
    API.push(
        to,
        """
        {"messaging_product":"whatsapp","to":"%s","type":"template","template":{"name":"lesson_reminder",
         "language":{"code":"es_MX"},"components":[{"type":"body","parameters":[
          {"type":"text","text":"Ana"},{"type":"text","text":"Lección 4"}]}]}}
        """
            .formatted(to));
    API.push(
        to,
        """
        {"messaging_product":"whatsapp","to":"%s","type":"document","document":{"link":"https://example.org/l3.pdf",
         "filename":"Leccion3.pdf","caption":"Tu *hoja* de trabajo"}}
        """
            .formatted(to));
    API.push(
        to,
        """
        {"messaging_product":"whatsapp","to":"%s","type":"image","image":{"id":"1234567890","caption":"Mira"}}
        """
            .formatted(to));
    API.push(
        to,
        """
        {"messaging_product":"whatsapp","to":"%s","type":"interactive","interactive":{"type":"cta_url",
         "body":{"text":"Más ejercicios"},"action":{"name":"cta_url",
          "parameters":{"display_text":"Abrir sitio","url":"javascript:alert(1)"}}}}
        """
            .formatted(to));
    API.push(
        to,
        """
        {"messaging_product":"whatsapp","to":"%s","type":"reaction","reaction":{"message_id":"%s","emoji":"👍"}}
        """
            .formatted(to, learnerId));
    API.push(
        to,
        """
        {"messaging_product":"whatsapp","to":"%s","type":"order_status","order_status":{"status":"shipped"}}
        """
            .formatted(to));

    List<WebElement> bot = awaitBotBubbles(5);
    assertThat(bot.get(0).getText(), containsString("lesson_reminder"));
    assertThat(
        texts(bot.get(0).findElements(By.cssSelector(".template-params li"))),
        is(List.of("Ana", "Lección 4")));
    assertThat(
        bot.get(1).findElement(By.cssSelector(".media-title")).getText(), is("Leccion3.pdf"));
    assertThat(
        bot.get(1).findElement(By.cssSelector("a.media-link")).getDomAttribute("href"),
        is("https://example.org/l3.pdf"));
    assertThat(bot.get(1).findElement(By.tagName("strong")).getText(), is("hoja"));
    assertThat(
        bot.get(2).findElement(By.cssSelector(".media-detail")).getText(), is("id 1234567890"));
    // Uploaded media opens from the fake Graph API, which keeps what the bot uploaded.
    assertThat(
        bot.get(2).findElement(By.cssSelector("a.media-link")).getDomAttribute("href"),
        endsWith("/simulator/graph/uploads/1234567890"));
    assertThat(bot.get(3).findElements(By.cssSelector("a.btn-cta")), is(empty()));
    assertThat(bot.get(3).findElement(By.cssSelector(".btn-cta")).getText(), is("Abrir sitio"));
    WebElement reaction =
        await(
            driver,
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".bubble.out .reaction")));
    assertThat(reaction.getText(), is("👍"));
    assertThat(bot.get(4).getText(), containsString("order_status"));
    bot.get(4).findElement(By.cssSelector(".raw summary")).click();
    assertThat(
        bot.get(4).findElement(By.cssSelector(".raw pre")).getText(),
        containsString("\"shipped\""));
    screenshot(driver, "simulator-media");
  }

  /**
   * Another number and name are used for the next messages; after a reload they are remembered and
   * the whole conversation, the learner's side included, comes back in order.
   */
  @Test
  void changedNumberAndNameAreUsedAndRemembered() {
    WebElement number = driver.findElement(By.id("wa-id"));
    number.clear();
    number.sendKeys("5213312345678", Keys.TAB);
    WebElement name = driver.findElement(By.id("profile-name"));
    name.clear();
    name.sendKeys("Luis");

    typeAndEnter("hola");

    JsonNode posted = awaitPosted(1).get(0);
    assertThat(posted.path("wa_id").asText(), is("5213312345678"));
    assertThat(posted.path("name").asText(), is("Luis"));
    assertThat(awaitBotBubbles(3).get(0).findElement(By.tagName("strong")).getText(), is("Luis"));
    driver.navigate().refresh();
    await(
        driver, d -> d.findElement(By.id("wa-id")).getDomProperty("value").equals("5213312345678"));
    assertThat(driver.findElement(By.id("profile-name")).getDomProperty("value"), is("Luis"));
    awaitBotBubbles(3);
    List<String> sides =
        driver.findElements(By.cssSelector(".msg")).stream()
            .map(m -> m.getDomAttribute("class"))
            .toList();
    assertThat(sides, is(List.of("msg out", "msg in", "msg in", "msg in")));
    assertThat(driver.findElement(By.cssSelector(".bubble.out .text")).getText(), is("hola"));
  }

  /** A number that is not 8 to 15 digits is refused before anything is sent. */
  @Test
  void invalidNumberIsRefused() {
    WebElement number = driver.findElement(By.id("wa-id"));
    number.clear();
    number.sendKeys("55-12", Keys.TAB);

    typeAndEnter("hola");

    assertThat(
        driver.findElement(By.id("error-banner")).getText(), containsString("solo con dígitos"));
    assertThat(driver.findElement(By.id("composer")).getDomProperty("value"), is("hola"));
    assertThat(driver.findElements(By.cssSelector(".bubble.out")), is(empty()));
    assertThat(API.posted(), is(empty()));
  }

  /** "Nueva conversación" clears the chat and the captured messages of that number. */
  @Test
  void newConversationClearsChat() {
    typeAndEnter("hola");
    awaitBotBubbles(3);

    driver.findElement(By.id("new-conversation")).click();

    awaitCount(By.cssSelector(".msg"), 0);
    int pollsBefore = API.afterParameters().size();
    driver.navigate().refresh();
    awaitPageReady();
    // Polls run one after another, so a second poll means the first (the replay) has been drawn.
    await(driver, d -> API.afterParameters().size() > pollsBefore + 1);
    assertThat(driver.findElements(By.cssSelector(".msg")), is(empty()));
    typeAndEnter("otra vez");
    awaitPosted(2);
    awaitLearnerBubbles(1);
    await(driver, d -> API.afterParameters().getLast() == 0L);
    assertThat(driver.findElements(By.cssSelector(".bubble.in")), is(empty()));
  }

  /** When the server is gone the banner says so, and a typed message stays in the text box. */
  @Test
  void unreachableServerShowsBannerAndKeepsText() {
    WebServer doomed = startServer();
    try {
      driver.get("http://127.0.0.1:" + doomed.port() + "/simulator/");
      awaitPageReady();
    } finally {
      doomed.stop();
    }

    WebElement banner =
        await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("error-banner")));
    assertThat(banner.getText(), containsString("No se pudo conectar"));
    typeAndEnter("¿hay alguien?");
    await(driver, d -> "failed".equals(ticks().getDomAttribute("data-state")));
    assertThat(driver.findElement(By.id("composer")).getDomProperty("value"), is("¿hay alguien?"));
  }

  /** The page also opens at /simulator without the trailing slash. */
  @Test
  void opensWithoutTrailingSlash() {
    driver.get(pageUrl().substring(0, pageUrl().length() - 1));
    awaitPageReady();
    typeAndEnter("hola");
    assertThat(awaitBotBubbles(3).size(), is(3));
  }

  /** On a laptop-sized window the chat is a centred column and everything stays usable. */
  @Test
  void laptopWindowShowsCentredChat() {
    driver.manage().window().setSize(new Dimension(1280, 800));
    typeAndEnter("hola");
    awaitBotBubbles(3);

    WebElement app = driver.findElement(By.id("app"));
    assertThat(app.getRect().getWidth(), is(lessThanOrEqualTo(760)));
    assertThat(app.getRect().getX(), is(greaterThan(200)));
    assertThat(driver.findElement(By.id("composer")).isDisplayed(), is(true));
    screenshot(driver, "simulator-hola-laptop");
  }

  private static String awaitLearnerId() {
    return await(
        driver,
        d -> {
          String id =
              d.findElement(By.cssSelector(".bubble.out")).getDomAttribute("data-message-id");
          return id == null || id.isEmpty() ? null : id;
        });
  }

  private static void awaitPageReady() {
    // The page is ready once it has read the config and filled in the learner.
    await(driver, d -> !d.findElement(By.id("wa-id")).getDomProperty("value").isEmpty());
  }

  private WebElement ticks() {
    return driver.findElement(By.cssSelector(".bubble.out .ticks"));
  }

  private static String pageUrl() {
    return "http://127.0.0.1:" + server.port() + "/simulator/";
  }

  private static void typeAndEnter(String text) {
    WebElement composer = driver.findElement(By.id("composer"));
    composer.sendKeys(text);
    composer.sendKeys(Keys.ENTER);
  }

  private static List<WebElement> awaitBotBubbles(int count) {
    return awaitCount(By.cssSelector(".bubble.in"), count);
  }

  private static List<WebElement> awaitLearnerBubbles(int count) {
    return awaitCount(By.cssSelector(".bubble.out"), count);
  }

  private static List<WebElement> awaitCount(By by, int count) {
    return await(
        driver,
        d -> {
          List<WebElement> found = d.findElements(by);
          return found.size() == count ? found : null;
        });
  }

  private static List<JsonNode> awaitPosted(int count) {
    return await(driver, d -> API.posted().size() == count ? API.posted() : null);
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }

  private static String textBody(String text) {
    return """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"text",
         "text":{"preview_url":false,"body":"%s"}}
        """
        .formatted(ScriptedSimulatorApi.DEFAULT_WA_ID, text);
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static void assertNoAlert() {
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert opened: page text ran as script");
    } catch (NoAlertPresentException expected) {
      // The hostile text stayed text.
    }
  }
}
