package mx.aprende.bot.certificate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import mx.aprende.bot.certificate.mongo.MongoCertificateStore;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.LearnerMessages;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.privacy.LearnerDataEraser;
import mx.aprende.bot.privacy.mongo.MongoPersonalData;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.curriculum.Level;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Erasing a learner keeps their certificates verifiable for whoever holds the PDF while the
 * personal data go: no link to the learner, no stored credential (it carries a salted hash of the
 * name), only the id, subject, dates, status and the credential's SHA-256.
 */
class CertificateErasureTest {

  private static final Instant NOW = Instant.parse("2026-12-05T18:00:00Z");
  private static final String BASE = "https://aprende.example";
  private static final Catalog CATALOG =
      new Catalog(
          List.of(
              new Catalog.ModuleCard("lectura", "Leer y escribir", "x", Level.INICIAL, 2, 4, 20)),
          Map.of());

  private final MongoDatabase database = MongoTestSupport.freshDatabase();
  private final MongoExamStore exams = new MongoExamStore(database, TestBots.cipher());
  private final MongoCertificateStore store = new MongoCertificateStore(database);
  private final byte[][] pdf = new byte[1][];
  private final Certificates certificates =
      new Certificates(
          store,
          SigningKeys.of("k1", SigningKeys.generatePkcs8(), Map.of()),
          CATALOG,
          exams,
          new LearnerMessages() {
            @Override
            public void image(String learnerKey, byte[] png, String fileName, String caption) {}

            @Override
            public void document(String learnerKey, byte[] bytes, String fileName, String caption) {
              pdf[0] = bytes;
            }

            @Override
            public void template(
                String learnerKey,
                String name,
                List<String> parameters,
                Optional<String> payload) {}
          },
          BASE,
          InstantSource.fixed(NOW),
          new SplittableRandom(11));
  private final LearnerDataEraser eraser =
      new LearnerDataEraser(
          key -> List.of(),
          tallies -> {},
          List.of(
              new MongoPersonalData(database, "exam_bookings", "learnerKey"),
              new CertificateRecords(store, InstantSource.fixed(NOW.plusSeconds(60)))));

  /** After erasure the page still says valid, and the PDF's payload still matches and verifies. */
  @Test
  void verificationOutlivesTheLearnersData() {
    Booking passed =
        Booking.of("AAA222", "ana", "s1", "lectura", NOW)
            .checkedIn("Ana López")
            .withResult(95, true);
    exams.insertBooking(passed);
    certificates.issue(passed);
    certificates.deliver(passed);
    Certificate module = store.of("ana", Certificate.Kind.MODULE, "lectura").orElseThrow();
    Certificate level = store.of("ana", Certificate.Kind.LEVEL, "inicial").orElseThrow();
    String payload = CertificatesTest.payload(pdf[0]);
    String before = VerifyPage.html(certificates.verify(level.id()));

    LearnerDataEraser.Erasure erasure = eraser.erase("ana");

    assertThat(erasure.deleted().get("certificates"), is(2L));
    assertThat(erasure.deleted().get("exam_bookings"), is(1L));
    for (Certificate c : List.of(module, level)) {
      Document stored =
          database.getCollection("certificates").find(Filters.eq("_id", c.id())).first();
      assertThat(stored.getString("learnerKey"), is("erased:" + c.id()));
      assertThat(stored.containsKey("signed"), is(false));
      assertThat(stored.getString("digest"), is(Certificates.sha256(c.signed())));
      assertThat(certificates.verify(c.id()), instanceOf(Verification.Valid.class));
    }
    assertThat(store.of("ana", Certificate.Kind.LEVEL, "inicial").isPresent(), is(false));
    // The employer's PDF: its embedded credential still verifies and matches the page's digest.
    assertThat(certificates.verifyPayload(payload), is(true));
    String after = VerifyPage.html(certificates.verify(level.id()));
    assertThat(after, containsString("<strong>válido</strong>"));
    assertThat(after, containsString(Certificates.sha256(payload)));
    assertThat(before, containsString(Certificates.sha256(payload)));
    assertThat(after, containsString("pidió borrar sus datos"));
    assertThat(after, not(containsString("Ana")));
  }

  /** A revoked certificate stays revoked after erasure, and can still be revoked afterwards. */
  @Test
  void revocationStillWorks() {
    Booking passed = Booking.of("AAA333", "bea", "s1", "lectura", NOW).withResult(80, true);
    exams.insertBooking(passed);
    certificates.issue(passed);
    Certificate module = store.of("bea", Certificate.Kind.MODULE, "lectura").orElseThrow();
    eraser.erase("bea");
    assertThat(store.revoke(module.id(), "datos equivocados", NOW), is(true));
    assertThat(certificates.verify(module.id()), instanceOf(Verification.Revoked.class));
    // Erasing again finds nothing left to erase.
    assertThat(eraser.erase("bea").deleted().get("certificates"), is(0L));
  }
}
