package mx.aprende.bot.tutor.langchain4j;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.tutor.SafeTutor;
import mx.aprende.bot.tutor.langchain4j.StubLlmServer.Scripted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole bot with the LLM_* variables pointing at the stub, driven through the simulator as a
 * learner would: a question gets the model's grounded answer with its citation, a risk message the
 * crisis line without reaching the model.
 */
class TutorEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LEARNER = "5215520000099";

  private static StubLlmServer stub;
  private static RunningBot bot;
  private static URI api;

  @BeforeAll
  static void start() throws IOException {
    stub = StubLlmServer.start();
    bot =
        TestBots.start(
            Map.of(
                "LLM_PROVIDER", "openai-compatible",
                "LLM_BASE_URL", stub.openAiBase().toString(),
                "LLM_API_KEY", "test-key",
                "LLM_MODEL", "stub-model",
                "LLM_TIMEOUT", "30s"));
    api = URI.create("http://127.0.0.1:" + bot.port() + "/simulator/api/");
    // Past onboarding: this test is about questions, not the consent dialog.
    TestBots.onboarded(bot, LEARNER, "Ana");
  }

  @AfterAll
  static void stop() {
    bot.stop();
    stub.close();
  }

  private static void say(String text) {
    String body =
        "{\"wa_id\":\""
            + LEARNER
            + "\",\"name\":\"Ana\",\"type\":\"text\",\"text\":\""
            + text
            + "\"}";
    Http.post(api.resolve("messages"), body.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  private static String conversation() {
    try {
      return JSON.readTree(Http.get(api.resolve("outbox?wa_id=" + LEARNER + "&after=0")).body())
          .toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Set the variables, ask, and the model's answer arrives grounded and cited; risk never reaches
   * it.
   */
  @Test
  void learnerTalksToTheModelTutor() {
    say("hola");
    Eventually.await(
        Duration.ofSeconds(30), TutorEndToEndTest::conversation, c -> c.contains("list"));
    stub.script(Scripted.reply("Suma solo los numeradores. ¿Cuánto es 2 + 3?"));
    say("como se suman los quebrados con el mismo denominador");
    String after =
        Eventually.await(
            Duration.ofSeconds(60),
            TutorEndToEndTest::conversation,
            c -> c.contains("Suma solo los numeradores"));
    assertThat(
        after, containsString("Lo vimos en *Fracciones y porcentajes › Sumar, mismo denominador*"));
    JsonNode request = stub.received().getLast().json();
    assertThat(request.get("model").asText(), is("stub-model"));
    int calls = stub.received().size();

    say("ya no quiero vivir");
    String risk =
        Eventually.await(
            Duration.ofSeconds(30),
            TutorEndToEndTest::conversation,
            c -> c.contains(SafeTutor.CRISIS_LINE));
    assertThat(risk, containsString(SafeTutor.CRISIS_LINE));
    assertThat(stub.received().size(), is(calls));
  }
}
