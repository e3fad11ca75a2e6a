package mx.aprende.bot.settings;

import io.helidon.config.Config;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
 * @param delivery outbox pacing and retries, leases, flood throttling, inbox retention
 * @param tutor the optional language model behind the tutor
 * @param certificates the key that signs certificates and the public address they point to
 * @param retention how long message text and inactive learners are kept
 * @param dataProtection the keys that seal personal data at rest and derive learner keys
 */
public record BotSettings(
    Mode mode,
    ServerSettings server,
    StorageSettings storage,
    WhatsAppSettings whatsApp,
    ContentSettings content,
    DeliverySettings delivery,
    TutorSettings tutor,
    CertificateSettings certificates,
    RetentionSettings retention,
    DataProtectionSettings dataProtection) {

  /**
   * How long personal data lives when nobody asks to erase it.
   *
   * @param transcripts what was written to a learner (the bot's and tutors' messages) and the
   *     language model's memory; the learner's own messages go earlier, with the inbox retention
   * @param inactiveLearners a learner silent this long is erased entirely, as the privacy notice
   *     promises
   */
  public record RetentionSettings(Duration transcripts, Duration inactiveLearners) {}

  /**
   * Encryption at rest of phone numbers, names and message payloads, and keyed-hash learner keys
   * (docs/encryption.md). Absent secrets in development mean secrets generated once and kept under
   * {@code DATA_DIR}; production refuses to start without them.
   *
   * @param encryptionKey the current AES-256 key, base64 (32 bytes)
   * @param keyId the id stored in front of every value the current key seals
   * @param retiredKeys earlier key ids and their AES keys, which still open what they sealed
   * @param learnerKeySecret the HMAC secret learner keys are derived with; it never rotates
   */
  public record DataProtectionSettings(
      Optional<String> encryptionKey,
      String keyId,
      Map<String, String> retiredKeys,
      Optional<String> learnerKeySecret) {

    public DataProtectionSettings {
      retiredKeys = Map.copyOf(retiredKeys);
    }

    @Override
    public String toString() {
      // The keys are secrets.
      return "DataProtectionSettings[keyId=" + keyId + ", retired=" + retiredKeys.keySet() + "]";
    }
  }

  /**
   * @param signingKey the Ed25519 private key, PKCS#8 DER, base64; absent in development means a
   *     key generated once and kept under {@code DATA_DIR}
   * @param keyId the id published with the key (change it when rotating)
   * @param retiredKeys earlier key ids and their public keys (X.509 DER, base64), which still
   *     verify what they signed
   * @param publicBaseUrl the address learners and employers open (verification links and QR codes);
   *     absent means the public listener's own address
   */
  public record CertificateSettings(
      Optional<String> signingKey,
      String keyId,
      Map<String, String> retiredKeys,
      Optional<URI> publicBaseUrl) {

    public CertificateSettings {
      retiredKeys = Map.copyOf(retiredKeys);
    }

    @Override
    public String toString() {
      // The key is a secret.
      return "CertificateSettings[keyId=" + keyId + ", publicBaseUrl=" + publicBaseUrl + "]";
    }
  }

  /**
   * How messages move: outbound pacing and retries, per-learner leases across instances, flood
   * throttling and how long processed inbound messages are kept for deduplication.
   *
   * @param outboxRatePerSecond sends per second for the business number (Meta: 80 by default, up to
   *     1,000 once upgraded); with several instances, give each its share
   * @param outboxWorkers concurrent sends (virtual threads)
   * @param retryBase first retry wait (doubled each attempt, with jitter)
   * @param retryCap longest retry wait
   * @param maxAttempts most attempts for any one message before it is parked
   * @param leaseTtl how long a learner lease lasts without renewal
   * @param floodBurst messages a learner may send back to back
   * @param floodPerMinute sustained messages per minute per learner before throttling
   * @param inboxRetention how long processed inbound messages are kept (Meta retries up to 7 days)
   */
  public record DeliverySettings(
      int outboxRatePerSecond,
      int outboxWorkers,
      Duration retryBase,
      Duration retryCap,
      int maxAttempts,
      Duration leaseTtl,
      int floodBurst,
      int floodPerMinute,
      Duration inboxRetention) {}

  /** Meta's retry horizon: deduplication must remember message ids at least this long. */
  static final Duration MIN_INBOX_RETENTION = Duration.ofDays(7);

  /** Which language model answers questions; {@code NONE} means the retrieval tutor alone. */
  public enum LlmProvider {
    NONE,
    OPENAI_COMPATIBLE,
    OLLAMA
  }

  /**
   * @param provider none (default), an OpenAI-compatible server, or Ollama
   * @param baseUrl the provider's base URL (OpenAI-compatible: including {@code /v1})
   * @param apiKey the provider's key (empty for Ollama or local servers)
   * @param model the model name
   * @param timeout the longest a learner waits for the model before the retrieval answer
   * @param dailyTokensPerLearner tokens a learner may spend per day before retrieval-only answers
   */
  public record TutorSettings(
      LlmProvider provider,
      URI baseUrl,
      String apiKey,
      String model,
      Duration timeout,
      long dailyTokensPerLearner) {

    @Override
    public String toString() {
      // The key is a secret.
      return "TutorSettings[provider="
          + provider
          + ", baseUrl="
          + baseUrl
          + ", model="
          + model
          + "]";
    }
  }

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

  /**
   * Every environment variable {@link #load} reads. Add a new one here too: {@code
   * SettingsVariablesTest} fails when {@code load} reads a variable missing from this list, and the
   * ops tests hold {@code ops/deploy/env.example} and the README table to it.
   */
  public static final List<String> VARIABLES =
      List.of(
          "PORT",
          "HOST",
          "CONSOLE_PORT",
          "CONSOLE_HOST",
          "MONGODB_URI",
          "MONGODB_DATABASE",
          "DATA_DIR",
          "WHATSAPP_TOKEN",
          "WHATSAPP_APP_SECRET",
          "WHATSAPP_VERIFY_TOKEN",
          "WHATSAPP_PHONE_NUMBER_ID",
          "GRAPH_API_BASE_URL",
          "GRAPH_API_VERSION",
          "CURRICULUM_DIR",
          "OUTBOX_RATE_PER_SECOND",
          "OUTBOX_WORKERS",
          "OUTBOX_RETRY_BASE_MS",
          "OUTBOX_RETRY_CAP_MS",
          "OUTBOX_MAX_ATTEMPTS",
          "LEASE_TTL_MS",
          "FLOOD_BURST",
          "FLOOD_PER_MINUTE",
          "INBOX_RETENTION_DAYS",
          "TRANSCRIPT_RETENTION_DAYS",
          "INACTIVE_LEARNER_RETENTION_DAYS",
          "LLM_PROVIDER",
          "LLM_BASE_URL",
          "LLM_API_KEY",
          "LLM_MODEL",
          "LLM_TIMEOUT",
          "LLM_DAILY_TOKENS_PER_LEARNER",
          "PRIVACY_NOTICE_URL",
          "CERTIFICATE_SIGNING_KEY",
          "CERTIFICATE_KEY_ID",
          "CERTIFICATE_RETIRED_KEYS",
          "PUBLIC_BASE_URL",
          "DATA_ENCRYPTION_KEY",
          "DATA_ENCRYPTION_KEY_ID",
          "DATA_ENCRYPTION_RETIRED_KEYS",
          "LEARNER_KEY_SECRET");

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
            present(env, "PRIVACY_NOTICE_URL").map(v -> url("PRIVACY_NOTICE_URL", v)));
    DeliverySettings delivery = delivery(root.get("delivery"), env);
    return new BotSettings(
        mode,
        server,
        storage,
        whatsApp(mode, root.get("whatsapp"), env),
        content,
        delivery,
        tutor(root.get("tutor"), env),
        new CertificateSettings(
            present(env, "CERTIFICATE_SIGNING_KEY"),
            string(env, "CERTIFICATE_KEY_ID", root.get("certificates.key-id"), "key-1"),
            retiredKeys(
                "CERTIFICATE_RETIRED_KEYS", present(env, "CERTIFICATE_RETIRED_KEYS").orElse("")),
            present(env, "PUBLIC_BASE_URL").map(v -> url("PUBLIC_BASE_URL", v))),
        retention(root.get("retention"), env, delivery.inboxRetention()),
        dataProtection(root.get("data-protection"), env));
  }

  private static DataProtectionSettings dataProtection(Config node, Map<String, String> env) {
    // Production without the secrets was refused with the WhatsApp settings (one message).
    return new DataProtectionSettings(
        present(env, "DATA_ENCRYPTION_KEY"),
        string(env, "DATA_ENCRYPTION_KEY_ID", node.get("key-id"), "key-1"),
        retiredKeys(
            "DATA_ENCRYPTION_RETIRED_KEYS",
            present(env, "DATA_ENCRYPTION_RETIRED_KEYS").orElse("")),
        present(env, "LEARNER_KEY_SECRET"));
  }

  private static RetentionSettings retention(
      Config node, Map<String, String> env, Duration inboxRetention) {
    int transcriptDays = number(env, "TRANSCRIPT_RETENTION_DAYS", node.get("transcript-days"), 30);
    int inactiveDays =
        number(env, "INACTIVE_LEARNER_RETENTION_DAYS", node.get("inactive-learner-days"), 730);
    Duration transcripts = Duration.ofDays(transcriptDays);
    // The outbox's replies are how a retried webhook is recognised as answered, so they must
    // outlive the inbound message ids kept for deduplication.
    if (transcripts.compareTo(inboxRetention) < 0) {
      throw new SettingsException(
          "TRANSCRIPT_RETENTION_DAYS must be at least INBOX_RETENTION_DAYS ("
              + inboxRetention.toDays()
              + "), not: "
              + transcriptDays);
    }
    if (inactiveDays < transcriptDays) {
      throw new SettingsException(
          "INACTIVE_LEARNER_RETENTION_DAYS must be at least TRANSCRIPT_RETENTION_DAYS ("
              + transcriptDays
              + "), not: "
              + inactiveDays);
    }
    return new RetentionSettings(transcripts, Duration.ofDays(inactiveDays));
  }

  private static DeliverySettings delivery(Config node, Map<String, String> env) {
    int rate = number(env, "OUTBOX_RATE_PER_SECOND", node.get("outbox-rate-per-second"), 80);
    if (rate < 1 || rate > 1_000) {
      throw new SettingsException(
          "OUTBOX_RATE_PER_SECOND must be between 1 and 1000 (Meta's highest tier), not: " + rate);
    }
    int workers = number(env, "OUTBOX_WORKERS", node.get("outbox-workers"), 16);
    long retryBaseMs = number(env, "OUTBOX_RETRY_BASE_MS", node.get("retry-base-ms"), 500);
    long retryCapMs = number(env, "OUTBOX_RETRY_CAP_MS", node.get("retry-cap-ms"), 60_000);
    int maxAttempts = number(env, "OUTBOX_MAX_ATTEMPTS", node.get("max-attempts"), 10);
    long leaseMs = number(env, "LEASE_TTL_MS", node.get("lease-ttl-ms"), 30_000);
    int burst = number(env, "FLOOD_BURST", node.get("flood-burst"), 30);
    int perMinute = number(env, "FLOOD_PER_MINUTE", node.get("flood-per-minute"), 40);
    int retentionDays = number(env, "INBOX_RETENTION_DAYS", node.get("inbox-retention-days"), 8);
    if (workers < 1
        || retryBaseMs < 1
        || retryCapMs < retryBaseMs
        || maxAttempts < 1
        || leaseMs < 1_000
        || burst < 1
        || perMinute < 1) {
      throw new SettingsException(
          "Delivery settings out of range: OUTBOX_WORKERS, OUTBOX_MAX_ATTEMPTS, FLOOD_BURST and"
              + " FLOOD_PER_MINUTE must be >= 1, OUTBOX_RETRY_CAP_MS >= OUTBOX_RETRY_BASE_MS >= 1,"
              + " LEASE_TTL_MS >= 1000");
    }
    Duration retention = Duration.ofDays(retentionDays);
    if (retention.compareTo(MIN_INBOX_RETENTION) < 0) {
      throw new SettingsException(
          "INBOX_RETENTION_DAYS must be at least 7 (Meta retries webhooks for up to 7 days), not: "
              + retentionDays);
    }
    return new DeliverySettings(
        rate,
        workers,
        Duration.ofMillis(retryBaseMs),
        Duration.ofMillis(retryCapMs),
        maxAttempts,
        Duration.ofMillis(leaseMs),
        burst,
        perMinute,
        retention);
  }

  private static int number(Map<String, String> env, String name, Config node, int fallback) {
    String raw = string(env, name, node, Integer.toString(fallback));
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new SettingsException(name + " must be a whole number, not: " + raw);
    }
  }

  private static TutorSettings tutor(Config node, Map<String, String> env) {
    String raw = string(env, "LLM_PROVIDER", node.get("provider"), "none");
    LlmProvider provider =
        switch (raw.toLowerCase(Locale.ROOT)) {
          case "none" -> LlmProvider.NONE;
          case "openai-compatible", "openai" -> LlmProvider.OPENAI_COMPATIBLE;
          case "ollama" -> LlmProvider.OLLAMA;
          default ->
              throw new SettingsException(
                  "LLM_PROVIDER must be none, openai-compatible or ollama, not: " + raw);
        };
    String defaultUrl =
        provider == LlmProvider.OLLAMA ? "http://127.0.0.1:11434" : "https://api.openai.com/v1";
    String url = string(env, "LLM_BASE_URL", node.get("base-url"), defaultUrl);
    URI baseUrl;
    try {
      baseUrl = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new SettingsException("LLM_BASE_URL is not a valid URL: " + url);
    }
    String model =
        string(
            env,
            "LLM_MODEL",
            node.get("model"),
            provider == LlmProvider.OLLAMA ? "llama3.2" : "gpt-4o-mini");
    String apiKey = present(env, "LLM_API_KEY").orElse("");
    if (provider == LlmProvider.OPENAI_COMPATIBLE && apiKey.isEmpty()) {
      throw new SettingsException(
          "LLM_PROVIDER is openai-compatible but LLM_API_KEY is missing (use any value for a local"
              + " server that needs none).");
    }
    Duration timeout;
    long budget;
    String rawTimeout = string(env, "LLM_TIMEOUT", node.get("timeout"), "PT8S");
    String rawBudget =
        string(env, "LLM_DAILY_TOKENS_PER_LEARNER", node.get("daily-tokens-per-learner"), "20000");
    try {
      timeout = Duration.parse(rawTimeout.matches("\\d+s") ? "PT" + rawTimeout : rawTimeout);
      budget = Long.parseLong(rawBudget);
    } catch (RuntimeException e) {
      throw new SettingsException(
          "LLM_TIMEOUT must look like 8s or PT8S and LLM_DAILY_TOKENS_PER_LEARNER must be a whole"
              + " number, not: "
              + rawTimeout
              + " / "
              + rawBudget);
    }
    if (timeout.isNegative() || timeout.isZero() || budget < 0) {
      throw new SettingsException(
          "LLM_TIMEOUT must be positive and LLM_DAILY_TOKENS_PER_LEARNER ≥ 0");
    }
    return new TutorSettings(provider, baseUrl, apiKey, model, timeout, budget);
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
    // Named in the same message: one failed start-up should list everything production needs.
    for (String name : List.of("DATA_ENCRYPTION_KEY", "LEARNER_KEY_SECRET")) {
      if (mode == Mode.PRODUCTION && present(env, name).isEmpty()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new SettingsException(
          "WHATSAPP_TOKEN is set, so Aprende runs in production mode, but these required settings"
              + " are missing: "
              + String.join(", ", missing)
              + ". Set them (see README, 'Connect a real WhatsApp number'; the data keys:"
              + " openssl rand -base64 32, docs/encryption.md) or unset WHATSAPP_TOKEN"
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

  /** {@code id=key} pairs separated by commas or white space (base64 may end in '='). */
  private static Map<String, String> retiredKeys(String name, String value) {
    Map<String, String> keys = new HashMap<>();
    int position = 0;
    for (String pair : value.split("[,\\s]+")) {
      if (pair.isEmpty()) {
        continue;
      }
      position++;
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        // Never echo the pair: for data encryption keys it is a secret.
        throw new SettingsException(
            name + " must be id=key pairs separated by commas; pair " + position + " is not");
      }
      keys.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return keys;
  }

  private static URI url(String name, String value) {
    try {
      URI uri = URI.create(value);
      if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
        throw new IllegalArgumentException("not http");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new SettingsException(name + " is not an http(s) URL: " + value);
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
