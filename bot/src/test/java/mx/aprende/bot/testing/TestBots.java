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
import mx.aprende.bot.privacy.crypto.DataKeys;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.bot.privacy.crypto.LearnerKeys;
import mx.aprende.bot.settings.BotSettings;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.engine.testing.MongoTestSupport;

/** Starts the real bot wiring for tests: development mode, free ports, known secrets. */
public final class TestBots {

  public static final String APP_SECRET = "test-app-secret";
  public static final String VERIFY_TOKEN = "test-verify-token";
  public static final String ACCESS_TOKEN = "test-access-token";

  /** The AES key test bots seal personal data with (key id {@code key-1}). */
  public static final String DATA_ENCRYPTION_KEY = "PRRvNILgPXeARRHf5pevNlDyU4TJhtioRHt421jiLgQ=";

  /** The HMAC secret test bots derive learner keys with. */
  public static final String LEARNER_KEY_SECRET = "aRL/5nKugxYwrFjfajsLNXSyU+WjpHpJaTqNGlRp450=";

  private static final DataKeys DATA_KEYS =
      DataKeys.of("key-1", DATA_ENCRYPTION_KEY, Map.of(), LEARNER_KEY_SECRET);
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
    env.put("DATA_ENCRYPTION_KEY", DATA_ENCRYPTION_KEY);
    env.put("LEARNER_KEY_SECRET", LEARNER_KEY_SECRET);
    env.put("CURRICULUM_DIR", curriculumDir().toString());
    // Conversation tests type faster than any learner; flood throttling has its own tests.
    env.put("FLOOD_BURST", "100000");
    env.putAll(extra);
    return BotSettings.load(config(), env);
  }

  /** The cipher test bots use: for tests that read or write their stores directly. */
  public static FieldCipher cipher() {
    return new FieldCipher(DATA_KEYS);
  }

  /** The learner keys test bots derive. */
  public static LearnerKeys learnerKeys() {
    return new LearnerKeys(DATA_KEYS);
  }

  /** The learner key a test bot stores the WhatsApp user {@code waId} under. */
  public static String learnerKey(String waId) {
    return learnerKeys().of("whatsapp", waId);
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
    new MongoSessionStore(bot.storage().database(), cipher())
        .save(
            new Session(
                learnerKey(waId),
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
