package mx.aprende.bot.settings;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.Test;

class SettingsVariablesTest {

  /** A process environment that remembers every variable asked for. */
  private static final class RecordingEnv extends HashMap<String, String> {
    private final Set<String> read = new TreeSet<>();

    RecordingEnv(Map<String, String> values) {
      super(values);
    }

    @Override
    public String get(Object key) {
      read.add(String.valueOf(key));
      return super.get(key);
    }

    @Override
    public String getOrDefault(Object key, String fallback) {
      read.add(String.valueOf(key));
      return super.getOrDefault(key, fallback);
    }

    @Override
    public boolean containsKey(Object key) {
      read.add(String.valueOf(key));
      return super.containsKey(key);
    }
  }

  /**
   * {@link BotSettings#VARIABLES} is exactly what {@code load} reads in development and production
   * mode, so env.example and the README (held to the list by the ops tests) miss nothing.
   */
  @Test
  void variablesListIsWhatLoadReads() {
    RecordingEnv development = new RecordingEnv(Map.of());
    BotSettings.load(TestBots.config(), development);
    RecordingEnv production =
        new RecordingEnv(
            Map.of(
                "WHATSAPP_TOKEN", "t",
                "WHATSAPP_APP_SECRET", "s",
                "WHATSAPP_VERIFY_TOKEN", "v",
                "WHATSAPP_PHONE_NUMBER_ID", "1",
                "DATA_ENCRYPTION_KEY", TestBots.DATA_ENCRYPTION_KEY,
                "LEARNER_KEY_SECRET", TestBots.LEARNER_KEY_SECRET));
    BotSettings.load(TestBots.config(), production);

    Set<String> read = new TreeSet<>(development.read);
    read.addAll(production.read);
    assertThat(read, is(new TreeSet<>(BotSettings.VARIABLES)));
  }

  /** The list has no duplicates (each row of the documentation once). */
  @Test
  void variablesAreUnique() {
    assertThat(Set.copyOf(BotSettings.VARIABLES).size(), is(BotSettings.VARIABLES.size()));
  }
}
