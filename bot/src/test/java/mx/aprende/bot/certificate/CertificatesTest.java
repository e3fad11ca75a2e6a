package mx.aprende.bot.certificate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import mx.aprende.bot.certificate.mongo.MongoCertificateStore;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.BookingStatus;
import mx.aprende.bot.exam.LearnerMessages;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.curriculum.Level;
import mx.aprende.engine.testing.MongoTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Issuing, delivering and verifying credentials on a test database. */
class CertificatesTest {

  static final String BASE = "https://aprende.example";
  static final Instant NOW = Instant.parse("2026-12-05T18:00:00Z");
  static final Catalog CATALOG =
      new Catalog(
          List.of(
              card("fracciones", "Fracciones y porcentajes", Level.INTERMEDIO),
              card("geometria", "Figuras y medidas", Level.INTERMEDIO),
              card("lectura", "Leer y escribir", Level.INICIAL)),
          Map.of());

  /** A document sent to a learner. */
  record Sent(String learnerKey, byte[] pdf, String fileName, String caption) {}

  private final MongoDatabase database = MongoTestSupport.freshDatabase();
  private final MongoExamStore exams = new MongoExamStore(database, TestBots.cipher());
  private final MongoCertificateStore store = new MongoCertificateStore(database);
  private final List<Sent> sent = new ArrayList<>();
  private final Certificates certificates =
      new Certificates(
          store,
          SigningKeys.of("k1", SigningKeys.generatePkcs8(), Map.of()),
          CATALOG,
          exams,
          new Recorder(),
          BASE,
          InstantSource.fixed(NOW),
          new SplittableRandom(7));

  /** A pass yields one valid module credential; issuing the same pass again adds nothing. */
  @Test
  void passIssuesModuleCredentialOnce() {
    Booking passed = pass("AAA111", "ana", "fracciones", Optional.of("Ana López"));
    certificates.issue(passed);
    Certificate first = store.of("ana", Certificate.Kind.MODULE, "fracciones").orElseThrow();
    certificates.issue(passed);
    Certificate again = store.of("ana", Certificate.Kind.MODULE, "fracciones").orElseThrow();
    assertThat(again.id(), is(first.id()));
    assertThat(database.getCollection("certificates").countDocuments(), is(1L));
    assertThat(certificates.verify(first.id()), is(new Verification.Valid(first)));
    assertThat(first.signed(), containsString(BASE + "/verify/" + first.id()));
    assertThat(first.signed(), not(containsString("Ana López")));
    List<String> lines = certificates.deliver(passed);
    assertThat(
        lines, is(List.of("Tu constancia digital del módulo: " + BASE + "/verify/" + first.id())));
    assertThat(sent, hasSize(0));
  }

  /**
   * The level certificate comes only once every module of the level is passed; its PDF is sent once
   * and names the learner, the level, the date and the id.
   */
  @Test
  void levelCertificateWhenEveryModuleOfTheLevelIsPassed() {
    Booking first = pass("AAA111", "ana", "fracciones", Optional.of("Ana López"));
    certificates.issue(first);
    assertThat(store.of("ana", Certificate.Kind.LEVEL, "intermedio").isPresent(), is(false));
    // A module of another level does not complete this one.
    certificates.issue(pass("CCC333", "ana", "lectura", Optional.empty()));
    assertThat(store.of("ana", Certificate.Kind.LEVEL, "intermedio").isPresent(), is(false));

    Booking last = pass("BBB222", "ana", "geometria", Optional.empty());
    certificates.issue(last);
    Certificate level = store.of("ana", Certificate.Kind.LEVEL, "intermedio").orElseThrow();
    assertThat(level.title(), is("Nivel Intermedio (primaria)"));
    assertThat(certificates.verify(level.id()), is(new Verification.Valid(level)));

    List<String> lines = certificates.deliver(last);
    assertThat(lines.getLast(), containsString(BASE + "/verify/" + level.id()));
    assertThat(sent, hasSize(1));
    assertThat(sent.getFirst().fileName(), is("certificado-intermedio.pdf"));
    String text = text(sent.getFirst().pdf()).replaceAll("\\s+", " ");
    assertThat(text, containsString("Nivel Intermedio (primaria)"));
    assertThat(text, containsString(level.id()));
    assertThat(text, containsString("5 de diciembre de 2026"));
    assertThat(text, containsString("Ana López"));
    assertThat(text, containsString("no es un documento oficial del INEA"));
    certificates.deliver(last);
    assertThat(sent, hasSize(1));

    String payload = payload(sent.getFirst().pdf());
    assertThat(payload, is(level.signed()));
    assertThat(certificates.verifyPayload(payload), is(true));
    assertThat(
        certificates.verifyPayload(payload.replace("Nivel Intermedio", "Nivel Avanzado")),
        is(false));
  }

  static String payload(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getDocumentInformation().getCustomMetadataValue("AprendeCredential");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * After a key rotation, credentials signed with the old key still verify through its retired
   * public key, and the key documents publish both.
   */
  @Test
  void rotationKeepsOldCredentialsValid() {
    String oldKey = SigningKeys.generatePkcs8();
    SigningKeys before = SigningKeys.of("k1", oldKey, Map.of());
    certificatesWith(before).issue(pass("AAA111", "ana", "fracciones", Optional.empty()));
    Certificate old = store.of("ana", Certificate.Kind.MODULE, "fracciones").orElseThrow();

    SigningKeys after =
        SigningKeys.of(
            "k2", SigningKeys.generatePkcs8(), Map.of("k1", before.publicKey("k1").orElseThrow()));
    Certificates rotated = certificatesWith(after);
    assertThat(rotated.verify(old.id()), is(new Verification.Valid(old)));
    assertThat(rotated.publicKeyDocument("k1").orElseThrow(), containsString("\"current\":false"));
    assertThat(rotated.publicKeyDocument("k2").orElseThrow(), containsString("\"current\":true"));
    assertThat(rotated.publicKeyDocument("k3").isPresent(), is(false));
    // Forgetting the retired key makes old credentials unverifiable: the list matters.
    assertThat(
        certificatesWith(SigningKeys.of("k2", SigningKeys.generatePkcs8(), Map.of()))
            .verify(old.id()),
        instanceOf(Verification.Altered.class));
  }

  private Certificates certificatesWith(SigningKeys keys) {
    return new Certificates(
        store,
        keys,
        CATALOG,
        exams,
        new Recorder(),
        BASE,
        InstantSource.fixed(NOW),
        new SplittableRandom(11));
  }

  /** Without a name written at check-in, the certificate says "Persona educanda". */
  @Test
  void unnamedLearner() {
    Certificate level =
        Certificate.issued("id1", "x", Certificate.Kind.LEVEL, "inicial", "Nivel Inicial", NOW, "");
    String text = text(certificates.levelPdf(level, " ")).replaceAll("\\s+", " ");
    assertThat(text, containsString("Persona educanda"));
  }

  /** A stored credential changed after signing is reported altered, not valid. */
  @Test
  void tamperedCredentialIsNotValid() {
    certificates.issue(pass("AAA111", "ana", "fracciones", Optional.empty()));
    Certificate c = store.of("ana", Certificate.Kind.MODULE, "fracciones").orElseThrow();
    database
        .getCollection("certificates")
        .updateOne(
            Filters.eq("_id", c.id()),
            Updates.set(
                "signed", c.signed().replace("Fracciones y porcentajes", "Álgebra avanzada")));
    assertThat(certificates.verify(c.id()), instanceOf(Verification.Altered.class));
    assertThat(VerifyPage.html(certificates.verify(c.id())), containsString("no es válido"));
  }

  /** Revoked credentials say so, with the date; unknown ids are unknown. */
  @Test
  void revokedAndUnknown() {
    certificates.issue(pass("AAA111", "ana", "fracciones", Optional.empty()));
    Certificate c = store.of("ana", Certificate.Kind.MODULE, "fracciones").orElseThrow();
    assertThat(store.revoke(c.id(), "error de captura", NOW), is(true));
    Verification revoked = certificates.verify(c.id());
    assertThat(revoked, instanceOf(Verification.Revoked.class));
    assertThat(VerifyPage.html(revoked), containsString("revocado"));
    assertThat(VerifyPage.html(revoked), containsString("Revocado el 5 de diciembre de 2026"));
    assertThat(certificates.verify("nope"), is(new Verification.Unknown()));
    assertThat(store.revoke("nope", "x", NOW), is(false));
  }

  private Booking pass(String code, String learner, String module, Optional<String> name) {
    Booking b = Booking.of(code, learner, "session-1", module, NOW);
    if (name.isPresent()) {
      b = b.checkedIn(name.get());
    }
    b = b.withResult(90, true);
    assertThat(b.status(), is(BookingStatus.PASSED));
    exams.insertBooking(b);
    return b;
  }

  static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Catalog.ModuleCard card(String id, String title, Level level) {
    return new Catalog.ModuleCard(id, title, "", level, 1, 1, 1);
  }

  private final class Recorder implements LearnerMessages {
    @Override
    public void image(String learnerKey, byte[] png, String fileName, String caption) {}

    @Override
    public void document(String learnerKey, byte[] pdf, String fileName, String caption) {
      sent.add(new Sent(learnerKey, pdf, fileName, caption));
    }

    @Override
    public void template(
        String learnerKey, String name, List<String> bodyParameters, Optional<String> payload) {}
  }
}
