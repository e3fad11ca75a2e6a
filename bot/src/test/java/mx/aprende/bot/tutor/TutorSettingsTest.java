package mx.aprende.bot.tutor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import mx.aprende.bot.settings.BotSettings;
import mx.aprende.bot.settings.BotSettings.LlmProvider;
import mx.aprende.bot.settings.SettingsException;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LLM_* settings. */
class TutorSettingsTest {

  /** With nothing set there is no model: the retrieval tutor answers. */
  @Test
  void defaultIsNoModel() {
    BotSettings.TutorSettings tutor = TestBots.settings(Map.of()).tutor();
    assertThat(tutor.provider(), is(LlmProvider.NONE));
    assertThat(tutor.timeout(), is(Duration.ofSeconds(8)));
    assertThat(tutor.dailyTokensPerLearner(), is(20_000L));
  }

  /** Every variable is read, and the key never appears in the settings' text. */
  @Test
  void variablesConfigureTheProvider() {
    BotSettings.TutorSettings tutor =
        TestBots.settings(
                Map.of(
                    "LLM_PROVIDER", "openai-compatible",
                    "LLM_BASE_URL", "http://127.0.0.1:9999/v1",
                    "LLM_API_KEY", "sk-secret",
                    "LLM_MODEL", "small-model",
                    "LLM_TIMEOUT", "3s",
                    "LLM_DAILY_TOKENS_PER_LEARNER", "5000"))
            .tutor();
    assertThat(tutor.provider(), is(LlmProvider.OPENAI_COMPATIBLE));
    assertThat(tutor.baseUrl(), is(URI.create("http://127.0.0.1:9999/v1")));
    assertThat(tutor.apiKey(), is("sk-secret"));
    assertThat(tutor.model(), is("small-model"));
    assertThat(tutor.timeout(), is(Duration.ofSeconds(3)));
    assertThat(tutor.dailyTokensPerLearner(), is(5000L));
    assertThat(tutor.toString(), not(containsString("sk-secret")));
  }

  /** Ollama needs no key and defaults to the local server. */
  @Test
  void ollamaDefaultsToTheLocalServer() {
    BotSettings.TutorSettings tutor = TestBots.settings(Map.of("LLM_PROVIDER", "ollama")).tutor();
    assertThat(tutor.baseUrl(), is(URI.create("http://127.0.0.1:11434")));
  }

  /** Invalid values stop the start-up naming the variable. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LLM_PROVIDER | gemini | LLM_PROVIDER",
        "LLM_TIMEOUT | soon | LLM_TIMEOUT",
        "LLM_DAILY_TOKENS_PER_LEARNER | many | LLM_DAILY_TOKENS_PER_LEARNER"
      })
  void invalidValuesAreNamed(String name, String value, String named) {
    Map<String, String> env = new HashMap<>(Map.of("LLM_PROVIDER", "ollama"));
    env.put(name, value);
    SettingsException e = assertThrows(SettingsException.class, () -> TestBots.settings(env));
    assertThat(e.getMessage(), containsString(named));
  }

  /** An OpenAI-compatible provider without a key is refused. */
  @Test
  void openAiNeedsAKey() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> TestBots.settings(Map.of("LLM_PROVIDER", "openai-compatible")));
    assertThat(e.getMessage(), containsString("LLM_API_KEY"));
  }
}
