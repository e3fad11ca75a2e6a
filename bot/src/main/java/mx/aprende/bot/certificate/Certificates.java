package mx.aprende.bot.certificate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.BookingStatus;
import mx.aprende.bot.exam.ExamStore;
import mx.aprende.bot.exam.LearnerMessages;
import mx.aprende.bot.exam.Recognition;
import mx.aprende.content.curriculum.Level;

/**
 * What a passed exam earns: the module's signed microcredential, and once every module of the level
 * is passed, the level's signed credential with its PDF certificate, sent as a WhatsApp document.
 * Each credential is stored once per learner and subject, so issuing again is a no-op, and is
 * verifiable by anyone at {@code <baseUrl>/verify/<id>}.
 */
public final class Certificates implements Recognition {

  /** The name on a certificate when staff never wrote the learner's name at check-in. */
  static final String UNNAMED = "Persona educanda";

  static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = Logger.getLogger(Certificates.class.getName());

  private final CertificateStore store;
  private final SigningKeys keys;
  private final ModuleCredentials credentials;
  private final Catalog catalog;
  private final ExamStore exams;
  private final LearnerMessages messages;
  private final String baseUrl;
  private final InstantSource clock;
  private final RandomGenerator random;
  private final LevelCertificatePdf pdf = new LevelCertificatePdf();

  /**
   * @param keys sign new credentials and verify stored ones (retired keys included)
   * @param baseUrl the bot's public address, no trailing slash: verification links, issuer and key
   *     URLs
   * @param random makes ids and salts: a {@link java.security.SecureRandom} in production, since
   *     ids must not be guessable
   */
  public Certificates(
      CertificateStore store,
      SigningKeys keys,
      Catalog catalog,
      ExamStore exams,
      LearnerMessages messages,
      String baseUrl,
      InstantSource clock,
      RandomGenerator random) {
    this.store = store;
    this.keys = keys;
    this.credentials = new ModuleCredentials(keys, baseUrl);
    this.catalog = catalog;
    this.exams = exams;
    this.messages = messages;
    this.baseUrl = baseUrl;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public void issue(Booking passed) {
    if (passed.status() != BookingStatus.PASSED) {
      return;
    }
    String learner = passed.learnerKey();
    Optional<Catalog.ModuleCard> card = card(passed.moduleId());
    String name = name(passed);
    if (store.of(learner, Certificate.Kind.MODULE, passed.moduleId()).isEmpty()) {
      String title = card.map(Catalog.ModuleCard::title).orElse(passed.moduleId());
      String id = newId();
      Instant now = clock.instant();
      store.insert(
          Certificate.issued(
              id,
              learner,
              Certificate.Kind.MODULE,
              passed.moduleId(),
              title,
              now,
              credentials.issue(
                  new ModuleCredentials.Claim(id, passed.moduleId(), title, name, salt(), now))));
    }
    card.map(Catalog.ModuleCard::level)
        .filter(level -> levelComplete(learner, level, passed.moduleId()))
        .filter(level -> store.of(learner, Certificate.Kind.LEVEL, level.id()).isEmpty())
        .ifPresent(
            level -> {
              String id = newId();
              Instant now = clock.instant();
              store.insert(
                  Certificate.issued(
                      id,
                      learner,
                      Certificate.Kind.LEVEL,
                      level.id(),
                      levelTitle(level),
                      now,
                      credentials.issueLevel(
                          new ModuleCredentials.Claim(
                              id, level.id(), levelTitle(level), name, salt(), now))));
            });
  }

  @Override
  public List<String> deliver(Booking passed) {
    List<String> lines = new ArrayList<>();
    String learner = passed.learnerKey();
    store
        .of(learner, Certificate.Kind.MODULE, passed.moduleId())
        .ifPresent(c -> lines.add("Tu constancia digital del módulo: " + verifyUrl(c.id())));
    Optional<Certificate> level =
        card(passed.moduleId())
            .flatMap(m -> store.of(learner, Certificate.Kind.LEVEL, m.level().id()));
    level.ifPresent(
        c -> {
          if (!c.delivered()) {
            try {
              messages.document(
                  learner,
                  levelPdf(c, name(passed)),
                  "certificado-" + c.subject() + ".pdf",
                  "🎓 Tu certificado del "
                      + c.title()
                      + ". Es una muestra, no un documento del INEA.");
              store.markDelivered(c.id());
            } catch (CertificateException e) {
              // The link below still proves it; the PDF is tried again next time.
              LOG.log(
                  java.util.logging.Level.WARNING,
                  "Level certificate PDF failed; sent the link only",
                  e);
            }
          }
          lines.add("🎓 ¡Terminaste el " + c.title() + "! Tu certificado: " + verifyUrl(c.id()));
        });
    return lines;
  }

  /** The PDF of a level certificate, with {@code name} (or {@value #UNNAMED} when blank). */
  public byte[] levelPdf(Certificate level, String name) {
    return pdf.render(
        name.isBlank() ? UNNAMED : name,
        level.title(),
        date(level.issuedAt()),
        level.id(),
        verifyUrl(level.id()),
        level.signed());
  }

  /**
   * Whether the payload of a certificate PDF (its {@code AprendeCredential} information entry) is a
   * credential we signed, unchanged.
   */
  public boolean verifyPayload(String signedJson) {
    return credentials.verify(signedJson);
  }

  /** What the page at {@code /verify/{id}} says, checking the stored signature again now. */
  public Verification verify(String id) {
    Optional<Certificate> found = store.find(id);
    if (found.isEmpty()) {
      return new Verification.Unknown();
    }
    Certificate c = found.get();
    // An erased learner's record keeps no credential to re-check: its status is what we know.
    if (!c.erased() && (!credentials.verify(c.signed()) || !signedFor(c))) {
      return new Verification.Altered(c);
    }
    return switch (c.status()) {
      case VALID -> new Verification.Valid(c);
      case REVOKED -> new Verification.Revoked(c);
    };
  }

  /**
   * The public key a proof names ({@code verificationMethod: <baseUrl>/verify/keys/<id>}) as a JSON
   * document, for anyone verifying a credential offline; retired keys included.
   */
  public Optional<String> publicKeyDocument(String keyId) {
    return keys.publicKey(keyId)
        .map(
            key ->
                JSON.createObjectNode()
                    .put("id", baseUrl + "/verify/keys/" + keyId)
                    .put("type", "Ed25519VerificationKey")
                    .put("controller", baseUrl + "/issuer")
                    .put("publicKeyX509Base64", key)
                    .put("current", keyId.equals(keys.keyId()))
                    .toString());
  }

  /**
   * The SHA-256 (hex) of a stored credential as issued: what the page shows, so whoever holds the
   * PDF can match its embedded payload with the record, also after the learner's data were erased.
   */
  public static String digest(Certificate c) {
    return c.erasedDigest().orElseGet(() -> sha256(c.signed()));
  }

  /** The SHA-256 (hex) of a credential's JSON text as stored. */
  public static String sha256(String signedJson) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(signedJson.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new CertificateException("SHA-256 is missing from the JDK", e);
    }
  }

  /** The public address of credential {@code id}. */
  public String verifyUrl(String id) {
    return baseUrl + "/verify/" + id;
  }

  /** A date as the page and the PDF print it, e.g. "5 de diciembre de 2026". */
  static String date(Instant at) {
    return DATE.format(at.atZone(MEXICO));
  }

  /** The level's name as learners read it. */
  static String levelTitle(Level level) {
    return switch (level) {
      case INICIAL -> "Nivel Inicial";
      case INTERMEDIO -> "Nivel Intermedio (primaria)";
      case AVANZADO -> "Nivel Avanzado (secundaria)";
    };
  }

  /** The signed document names this record's id, so a credential moved to another id fails. */
  private boolean signedFor(Certificate c) {
    try {
      return JSON.readTree(c.signed()).path("id").asText("").equals(verifyUrl(c.id()));
    } catch (IOException e) {
      return false;
    }
  }

  private boolean levelComplete(String learner, Level level, String justPassed) {
    Set<String> required =
        catalog.modules().stream()
            .filter(m -> m.level() == level)
            .map(Catalog.ModuleCard::id)
            .collect(Collectors.toSet());
    Set<String> passed =
        exams.bookingsOf(learner).stream()
            .filter(b -> b.status() == BookingStatus.PASSED)
            .map(Booking::moduleId)
            .collect(Collectors.toCollection(HashSet::new));
    passed.add(justPassed);
    return !required.isEmpty() && passed.containsAll(required);
  }

  private String name(Booking passed) {
    return passed
        .fullName()
        .or(
            () ->
                exams.bookingsOf(passed.learnerKey()).stream()
                    .flatMap(b -> b.fullName().stream())
                    .findFirst())
        .filter(n -> !n.isBlank())
        .orElse(UNNAMED);
  }

  private Optional<Catalog.ModuleCard> card(String moduleId) {
    return catalog.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst();
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base58.encode(bytes);
  }

  private String salt() {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
