package mx.aprende.bot.settings;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.Test;

class BotSettingsTest {

  private static BotSettings load(Map<String, String> env) {
    return BotSettings.load(TestBots.config(), env);
  }

  /** With no environment at all the bot runs in development mode with the documented defaults. */
  @Test
  void developmentDefaults() {
    BotSettings settings = load(Map.of());

    assertThat(settings.mode(), is(Mode.DEVELOPMENT));
    assertThat(settings.server().port(), is(8080));
    assertThat(settings.server().consolePort(), is(8081));
    assertThat(settings.server().consoleHost(), is("127.0.0.1"));
    assertThat(settings.storage().mongoUri(), is(Optional.empty()));
    assertThat(settings.storage().dataDir(), is(Path.of("./data")));
    assertThat(settings.whatsApp().graphApiVersion(), is("v26.0"));
    assertThat(settings.usesLocalFakeGraphApi(), is(true));
    assertThat(settings.whatsApp().maxWebhookBytes(), is(3L * 1024 * 1024));
    assertThat(
        settings.whatsApp().generatedSecrets(),
        is(List.of("WHATSAPP_TOKEN", "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN")));
    assertThat(settings.whatsApp().appSecret(), startsWith("dev-"));
  }

  /** Every documented variable overrides its default. */
  @Test
  void environmentOverridesDefaults() {
    BotSettings settings =
        load(
            Map.of(
                "PORT", "9090",
                "CONSOLE_PORT", "9091",
                "MONGODB_URI", "mongodb://db.example:27017/?replicaSet=rs0",
                "DATA_DIR", "/var/lib/aprende",
                "WHATSAPP_APP_SECRET", "s3cret",
                "WHATSAPP_VERIFY_TOKEN", "verify-me",
                "GRAPH_API_BASE_URL", "http://127.0.0.1:9999",
                "GRAPH_API_VERSION", "v25.0"));

    assertThat(settings.server().port(), is(9090));
    assertThat(settings.server().consolePort(), is(9091));
    assertThat(
        settings.storage().mongoUri(),
        is(Optional.of("mongodb://db.example:27017/?replicaSet=rs0")));
    assertThat(settings.storage().dataDir(), is(Path.of("/var/lib/aprende")));
    assertThat(settings.whatsApp().appSecret(), is("s3cret"));
    assertThat(settings.whatsApp().verifyToken(), is("verify-me"));
    assertThat(settings.whatsApp().graphApiBaseUrl(), is(URI.create("http://127.0.0.1:9999")));
    assertThat(settings.whatsApp().graphApiVersion(), is("v25.0"));
    assertThat(settings.usesLocalFakeGraphApi(), is(false));
    assertThat(settings.whatsApp().generatedSecrets(), is(List.of("WHATSAPP_TOKEN")));
  }

  /** A token switches to production mode, which refuses to start without the other secrets. */
  @Test
  void productionNamesEveryMissingSecret() {
    SettingsException e =
        assertThrows(SettingsException.class, () -> load(Map.of("WHATSAPP_TOKEN", "EAAG...")));

    assertThat(e.getMessage(), containsString("WHATSAPP_APP_SECRET"));
    assertThat(e.getMessage(), containsString("WHATSAPP_VERIFY_TOKEN"));
    assertThat(e.getMessage(), containsString("WHATSAPP_PHONE_NUMBER_ID"));
    assertThat(e.getMessage(), containsString("DATA_ENCRYPTION_KEY"));
    assertThat(e.getMessage(), containsString("LEARNER_KEY_SECRET"));
  }

  /**
   * Production refuses to start without the data protection secrets even when WhatsApp is fully
   * configured, naming exactly the missing one.
   */
  @Test
  void productionNamesAMissingDataKey() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                load(
                    Map.of(
                        "WHATSAPP_TOKEN", "EAAG-token",
                        "WHATSAPP_APP_SECRET", "app-secret",
                        "WHATSAPP_VERIFY_TOKEN", "verify",
                        "WHATSAPP_PHONE_NUMBER_ID", "106540352242922",
                        "DATA_ENCRYPTION_KEY", TestBots.DATA_ENCRYPTION_KEY)));

    assertThat(e.getMessage(), containsString("LEARNER_KEY_SECRET"));
    assertThat(e.getMessage(), not(containsString("DATA_ENCRYPTION_KEY,")));
    assertThat(e.getMessage(), not(containsString(TestBots.DATA_ENCRYPTION_KEY)));
  }

  /** The data keys are read from the environment, with retired ones, and never printed. */
  @Test
  void dataProtectionSettings() {
    BotSettings settings =
        load(
            Map.of(
                "DATA_ENCRYPTION_KEY",
                TestBots.DATA_ENCRYPTION_KEY,
                "DATA_ENCRYPTION_KEY_ID",
                "2027-01",
                "DATA_ENCRYPTION_RETIRED_KEYS",
                "key-1=" + TestBots.LEARNER_KEY_SECRET,
                "LEARNER_KEY_SECRET",
                TestBots.LEARNER_KEY_SECRET));

    assertThat(settings.dataProtection().keyId(), is("2027-01"));
    assertThat(
        settings.dataProtection().encryptionKey(), is(Optional.of(TestBots.DATA_ENCRYPTION_KEY)));
    assertThat(
        settings.dataProtection().retiredKeys(), is(Map.of("key-1", TestBots.LEARNER_KEY_SECRET)));
    assertThat(settings.toString(), not(containsString(TestBots.DATA_ENCRYPTION_KEY)));
    assertThat(settings.toString(), not(containsString(TestBots.LEARNER_KEY_SECRET)));
    SettingsException bad =
        assertThrows(
            SettingsException.class,
            () -> load(Map.of("DATA_ENCRYPTION_RETIRED_KEYS", TestBots.DATA_ENCRYPTION_KEY)));
    assertThat(bad.getMessage(), containsString("DATA_ENCRYPTION_RETIRED_KEYS"));
    assertThat(bad.getMessage(), not(containsString(TestBots.DATA_ENCRYPTION_KEY)));
  }

  /** In production the real Graph API is the default and nothing is generated. */
  @Test
  void productionWithEverySecret() {
    BotSettings settings =
        load(
            Map.of(
                "WHATSAPP_TOKEN", "EAAG-token",
                "WHATSAPP_APP_SECRET", "app-secret",
                "WHATSAPP_VERIFY_TOKEN", "verify",
                "WHATSAPP_PHONE_NUMBER_ID", "106540352242922",
                "DATA_ENCRYPTION_KEY", TestBots.DATA_ENCRYPTION_KEY,
                "LEARNER_KEY_SECRET", TestBots.LEARNER_KEY_SECRET));

    assertThat(settings.mode(), is(Mode.PRODUCTION));
    assertThat(settings.whatsApp().graphApiBaseUrl(), is(URI.create("https://graph.facebook.com")));
    assertThat(settings.whatsApp().phoneNumberId(), is("106540352242922"));
    assertThat(settings.whatsApp().generatedSecrets(), is(List.of()));
    assertThat(settings.whatsApp().toString(), not(containsString("EAAG-token")));
    assertThat(settings.whatsApp().toString(), not(containsString("app-secret")));
  }

  /** Bad values fail at start-up with the variable named. */
  @Test
  void invalidValuesAreNamed() {
    assertThat(
        assertThrows(SettingsException.class, () -> load(Map.of("PORT", "eighty"))).getMessage(),
        containsString("PORT"));
    assertThat(
        assertThrows(SettingsException.class, () -> load(Map.of("CONSOLE_PORT", "70000")))
            .getMessage(),
        containsString("CONSOLE_PORT"));
    assertThat(
        assertThrows(SettingsException.class, () -> load(Map.of("GRAPH_API_VERSION", "26")))
            .getMessage(),
        containsString("GRAPH_API_VERSION"));
  }

  /** Delivery settings: documented defaults, environment overrides, and limits named on failure. */
  @Test
  void deliverySettings() {
    BotSettings.DeliverySettings defaults = load(Map.of()).delivery();
    assertThat(defaults.outboxRatePerSecond(), is(80));
    assertThat(defaults.inboxRetention(), is(java.time.Duration.ofDays(8)));
    assertThat(defaults.floodBurst(), is(30));
    assertThat(defaults.floodPerMinute(), is(40));
    BotSettings.DeliverySettings upgraded =
        load(Map.of("OUTBOX_RATE_PER_SECOND", "1000", "LEASE_TTL_MS", "5000")).delivery();
    assertThat(upgraded.outboxRatePerSecond(), is(1000));
    assertThat(upgraded.leaseTtl(), is(java.time.Duration.ofSeconds(5)));
    assertThat(
        assertThrows(SettingsException.class, () -> load(Map.of("OUTBOX_RATE_PER_SECOND", "1001")))
            .getMessage(),
        containsString("OUTBOX_RATE_PER_SECOND"));
    assertThat(
        assertThrows(SettingsException.class, () -> load(Map.of("INBOX_RETENTION_DAYS", "3")))
            .getMessage(),
        containsString("INBOX_RETENTION_DAYS"));
  }

  /**
   * Retention: 30 days of transcripts and two years of silence by default; transcripts may not be
   * kept shorter than the inbox (retried webhooks find their answer in the outbox), nor inactive
   * learners shorter than transcripts.
   */
  @Test
  void retentionSettings() {
    BotSettings.RetentionSettings defaults = load(Map.of()).retention();
    assertThat(defaults.transcripts(), is(java.time.Duration.ofDays(30)));
    assertThat(defaults.inactiveLearners(), is(java.time.Duration.ofDays(730)));
    assertThat(
        load(Map.of("TRANSCRIPT_RETENTION_DAYS", "90", "INACTIVE_LEARNER_RETENTION_DAYS", "365"))
            .retention(),
        is(
            new BotSettings.RetentionSettings(
                java.time.Duration.ofDays(90), java.time.Duration.ofDays(365))));
    assertThat(
        assertThrows(
                SettingsException.class,
                () -> load(Map.of("INBOX_RETENTION_DAYS", "10", "TRANSCRIPT_RETENTION_DAYS", "9")))
            .getMessage(),
        containsString("TRANSCRIPT_RETENTION_DAYS must be at least INBOX_RETENTION_DAYS (10)"));
    assertThat(
        assertThrows(
                SettingsException.class,
                () -> load(Map.of("INACTIVE_LEARNER_RETENTION_DAYS", "20")))
            .getMessage(),
        containsString("INACTIVE_LEARNER_RETENTION_DAYS"));
  }

  /**
   * Certificate settings: no key and key id "key-1" by default; retired keys as id=key pairs whose
   * base64 may end in '='; the key never printed.
   */
  @Test
  void certificateSettings() {
    BotSettings.CertificateSettings defaults = load(Map.of()).certificates();
    assertThat(defaults.signingKey().isPresent(), is(false));
    assertThat(defaults.keyId(), is("key-1"));
    assertThat(defaults.retiredKeys(), is(Map.of()));
    BotSettings.CertificateSettings set =
        load(Map.of(
                "CERTIFICATE_SIGNING_KEY", "MC4CAQAwBQYDK2VwBCIEIsecret",
                "CERTIFICATE_KEY_ID", "2027-01",
                "CERTIFICATE_RETIRED_KEYS", "key-1=MCowBQ==, 2026-06=MCowBR=",
                "PUBLIC_BASE_URL", "https://aprende.example/"))
            .certificates();
    assertThat(set.keyId(), is("2027-01"));
    assertThat(set.retiredKeys(), is(Map.of("key-1", "MCowBQ==", "2026-06", "MCowBR=")));
    assertThat(set.publicBaseUrl().orElseThrow().toString(), is("https://aprende.example/"));
    assertThat(set.toString(), not(containsString("secret")));
    assertThat(
        assertThrows(
                SettingsException.class, () -> load(Map.of("CERTIFICATE_RETIRED_KEYS", "MCowBQ")))
            .getMessage(),
        containsString("CERTIFICATE_RETIRED_KEYS"));
    assertThat(
        assertThrows(SettingsException.class, () -> load(Map.of("PUBLIC_BASE_URL", "aprende")))
            .getMessage(),
        containsString("PUBLIC_BASE_URL"));
  }
}
