package mx.aprende.bot.testing;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.conversation.Profile;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.Step;
import mx.aprende.bot.conversation.Streak;
import mx.aprende.bot.conversation.Study;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.settings.BotSettings;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.engine.testing.MongoTestSupport;

/** Starts the real bot wiring for tests: development mode, free ports, known secrets. */
public final class TestBots {

  public static final String APP_SECRET = "test-app-secret";
  public static final String VERIFY_TOKEN = "test-verify-token";
  public static final String ACCESS_TOKEN = "test-access-token";
  private static int databases;
  private static Curriculum curriculum;

  private TestBots() {}

  /** Development-mode settings on free ports, with {@code extra} environment variables on top. */
  public static BotSettings settings(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("CONSOLE_PORT", "0");
    env.put("HOST", "127.0.0.1");
    env.put("WHATSAPP_APP_SECRET", APP_SECRET);
    env.put("WHATSAPP_VERIFY_TOKEN", VERIFY_TOKEN);
    env.put("CURRICULUM_DIR", curriculumDir().toString());
    // Conversation tests type faster than any learner; flood throttling has its own tests.
    env.put("FLOOD_BURST", "100000");
    env.putAll(extra);
    return BotSettings.load(config(), env);
  }

  /** The curriculum shipped with the product, at the project's root. */
  public static Path curriculumDir() {
    return Path.of(System.getProperty("aprende.project.dir", "..")).resolve("curriculum");
  }

  /** The shipped curriculum, loaded once for all test bots (loading takes a second or two). */
  public static synchronized Curriculum curriculum() {
    if (curriculum == null) {
      curriculum = Wiring.loadCurriculum(curriculumDir());
    }
    return curriculum;
  }

  /** The packaged application.yaml, as the bot reads it. */
  public static Config config() {
    return Config.builder()
        .disableEnvironmentVariablesSource()
        .disableSystemPropertiesSource()
        .sources(ConfigSources.classpath("application.yaml"))
        .build();
  }

  /** A bot on a fresh database of the test MongoDB (embedded or Testcontainers). */
  public static RunningBot start() {
    return start(Map.of());
  }

  public static synchronized RunningBot start(Map<String, String> extra) {
    BotSettings settings = settings(extra);
    MongoStorage storage =
        MongoStorage.open(
            Optional.of(MongoTestSupport.connectionString()),
            Path.of("target"),
            "bot_test_" + ProcessHandle.current().pid() + "_" + (++databases));
    return Wiring.start(settings, storage, curriculum(), InstantSource.system());
  }

  /**
   * Stores {@code waId} as a learner who already went through onboarding (consent given, name,
   * Mexico City, secondary school) and sits on the main menu: for tests about what comes after.
   */
  public static void onboarded(RunningBot bot, String waId, String name) {
    Instant now = Instant.now();
    new MongoSessionStore(bot.storage().database())
        .save(
            new Session(
                waId,
                now,
                now,
                8,
                false,
                Step.MENU,
                Optional.empty(),
                new Profile(
                    Profile.Consent.GIVEN,
                    Optional.of(now),
                    Optional.of(name),
                    Optional.of("09"),
                    Optional.of(Profile.Goal.SECUNDARIA),
                    Optional.empty(),
                    Optional.empty()),
                Study.NONE,
                Streak.NONE));
  }
}
