package mx.aprende.bot.settings;

import io.helidon.config.Config;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the composition root needs, read once at start-up.
 *
 * <p>Defaults live in {@code application.yaml} (node {@code aprende}); the environment variables
 * listed in the README override them. We map variables by hand rather than through Helidon's
 * environment aliases because the documented names ({@code PORT}, {@code MONGODB_URI}, ...) do not
 * follow Helidon's naming rule, and a missing {@code ${VAR}} would silently stay literal.
 *
 * @param mode development (simulator, fake Graph API) or production
 * @param server public and internal listeners
 * @param storage where MongoDB is
 * @param whatsApp Cloud API credentials and endpoints
 * @param content where the curriculum is
 */
public record BotSettings(
    Mode mode,
    ServerSettings server,
    StorageSettings storage,
    WhatsAppSettings whatsApp,
    ContentSettings content) {

  /**
   * @param curriculumDir the authored curriculum (module folders, glossary, synonyms)
   * @param privacyNoticeUrl where learners read the full privacy notice; empty means the bot's own
   *     {@code /privacidad} page on the public port
   */
  public record ContentSettings(Path curriculumDir, Optional<URI> privacyNoticeUrl) {}

  /** Public listener (webhook, simulator) and internal listener (consoles, health, metrics). */
  public record ServerSettings(String host, int port, String consoleHost, int consolePort) {}

  /**
   * @param mongoUri a real MongoDB (replica set in production); empty means the embedded server
   * @param dataDir where the embedded server keeps its file
   * @param database database name
   */
  public record StorageSettings(Optional<String> mongoUri, Path dataDir, String database) {}

  /**
   * @param generatedSecrets names of secrets invented for this development run (shown at start-up)
   */
  public record WhatsAppSettings(
      String accessToken,
      String appSecret,
      String verifyToken,
      String phoneNumberId,
      String displayPhoneNumber,
      URI graphApiBaseUrl,
      String graphApiVersion,
      Duration graphApiTimeout,
      long maxWebhookBytes,
      List<String> generatedSecrets) {

    @Override
    public String toString() {
      // Never print secrets, whatever logs the record.
      return "WhatsAppSettings[phoneNumberId="
          + phoneNumberId
          + ", graphApiBaseUrl="
          + graphApiBaseUrl
          + ", graphApiVersion="
          + graphApiVersion
          + "]";
    }
  }

  /** Placeholder base URL meaning "the in-process fake Graph API on the public port". */
  static final String LOCAL_FAKE = "local";

  /**
   * Reads the settings.
   *
   * @param config the root Helidon config (application.yaml)
   * @param env the process environment (a map, so tests pass their own)
   * @throws SettingsException when a value is invalid or a production secret is missing
   */
  public static BotSettings load(Config config, Map<String, String> env) {
    Config root = config.get("aprende");
    Mode mode = present(env, "WHATSAPP_TOKEN").isPresent() ? Mode.PRODUCTION : Mode.DEVELOPMENT;

    ServerSettings server =
        new ServerSettings(
            string(env, "HOST", root.get("server.host"), "0.0.0.0"),
            port(env, "PORT", root.get("server.port"), 8080),
            string(env, "CONSOLE_HOST", root.get("server.console-host"), "127.0.0.1"),
            port(env, "CONSOLE_PORT", root.get("server.console-port"), 8081));

    StorageSettings storage =
        new StorageSettings(
            present(env, "MONGODB_URI").or(() -> nonBlank(root.get("storage.mongodb-uri"))),
            Path.of(string(env, "DATA_DIR", root.get("storage.data-dir"), "./data")),
            string(env, "MONGODB_DATABASE", root.get("storage.database"), "aprende"));

    ContentSettings content =
        new ContentSettings(
            Path.of(
                string(env, "CURRICULUM_DIR", root.get("content.curriculum-dir"), "curriculum")),
            present(env, "PRIVACY_NOTICE_URL").map(BotSettings::url));
    return new BotSettings(
        mode, server, storage, whatsApp(mode, root.get("whatsapp"), env), content);
  }

  private static WhatsAppSettings whatsApp(Mode mode, Config node, Map<String, String> env) {
    List<String> missing = new ArrayList<>();
    List<String> generated = new ArrayList<>();
    String token = secret(mode, env, "WHATSAPP_TOKEN", missing, generated);
    String appSecret = secret(mode, env, "WHATSAPP_APP_SECRET", missing, generated);
    String verifyToken = secret(mode, env, "WHATSAPP_VERIFY_TOKEN", missing, generated);
    Optional<String> phoneNumberId = present(env, "WHATSAPP_PHONE_NUMBER_ID");
    if (mode == Mode.PRODUCTION && phoneNumberId.isEmpty()) {
      missing.add("WHATSAPP_PHONE_NUMBER_ID");
    }
    if (!missing.isEmpty()) {
      throw new SettingsException(
          "WHATSAPP_TOKEN is set, so Aprende runs in production mode, but these required settings"
              + " are missing: "
              + String.join(", ", missing)
              + ". Set them (see README, 'Connect a real WhatsApp number') or unset WHATSAPP_TOKEN"
              + " to use the simulator.");
    }
    String baseUrl =
        string(
            env,
            "GRAPH_API_BASE_URL",
            node.get("graph-api-base-url"),
            mode == Mode.PRODUCTION ? "https://graph.facebook.com" : LOCAL_FAKE);
    URI graphBase;
    try {
      graphBase = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new SettingsException("GRAPH_API_BASE_URL is not a valid URL: " + baseUrl);
    }
    String version = string(env, "GRAPH_API_VERSION", node.get("graph-api-version"), "v26.0");
    if (!version.matches("v\\d+\\.\\d+")) {
      throw new SettingsException("GRAPH_API_VERSION must look like v26.0, not: " + version);
    }
    return new WhatsAppSettings(
        token,
        appSecret,
        verifyToken,
        phoneNumberId.orElse(node.get("dev-phone-number-id").asString().orElse("100000000000001")),
        node.get("display-phone-number").asString().orElse("+52 55 0000 0000"),
        graphBase,
        version,
        Duration.ofMillis(node.get("graph-api-timeout-ms").asLong().orElse(10_000L)),
        node.get("max-webhook-bytes").asLong().orElse(3L * 1024 * 1024),
        List.copyOf(generated));
  }

  private static URI url(String value) {
    try {
      URI uri = URI.create(value);
      if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
        throw new IllegalArgumentException("not http");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new SettingsException("PRIVACY_NOTICE_URL is not an http(s) URL: " + value);
    }
  }

  /** Whether outbound Graph API calls go to the simulator's in-process fake. */
  public boolean usesLocalFakeGraphApi() {
    return LOCAL_FAKE.equals(whatsApp.graphApiBaseUrl().toString());
  }

  private static String secret(
      Mode mode,
      Map<String, String> env,
      String name,
      List<String> missing,
      List<String> generated) {
    Optional<String> value = present(env, name);
    if (value.isPresent()) {
      return value.get();
    }
    if (mode == Mode.PRODUCTION) {
      missing.add(name);
      return "";
    }
    generated.add(name);
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    return "dev-" + HexFormat.of().formatHex(random);
  }

  private static Optional<String> present(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Optional<String> nonBlank(Config node) {
    return node.asString().asOptional().map(String::strip).filter(s -> !s.isEmpty());
  }

  private static String string(Map<String, String> env, String name, Config node, String fallback) {
    return present(env, name).or(() -> nonBlank(node)).orElse(fallback);
  }

  private static int port(Map<String, String> env, String name, Config node, int fallback) {
    String raw = string(env, name, node, Integer.toString(fallback));
    try {
      int port = Integer.parseInt(raw);
      if (port < 0 || port > 65_535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new SettingsException(name + " must be a port number between 0 and 65535, not: " + raw);
    }
  }
}
