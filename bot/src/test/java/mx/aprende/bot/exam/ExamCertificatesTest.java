package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import mx.aprende.bot.certificate.Certificate;
import mx.aprende.bot.certificate.Certificates;
import mx.aprende.bot.certificate.SigningKeys;
import mx.aprende.bot.certificate.Verification;
import mx.aprende.bot.certificate.mongo.MongoCertificateStore;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.region.QuietHours;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/** A pass recorded at the center, through the exam job and the learner's tap, with certificates. */
class ExamCertificatesTest {

  private static final String BASE = "https://aprende.example";

  /**
   * The job issues the module credential and, the level having one module, the level certificate;
   * the learner's tap on the result shows both links and sends the PDF once.
   */
  @Test
  void passEarnsVerifiableCertificates() {
    ExamFixture f = new ExamFixture();
    List<String> documents = new ArrayList<>();
    LearnerMessages messages =
        new LearnerMessages() {
          @Override
          public void image(String learnerKey, byte[] png, String fileName, String caption) {}

          @Override
          public void document(String learnerKey, byte[] pdf, String fileName, String caption) {
            documents.add(learnerKey + " " + fileName);
          }

          @Override
          public void template(
              String learnerKey, String name, List<String> parameters, Optional<String> button) {
            documents.add(learnerKey + " template " + name);
          }
        };
    MongoCertificateStore store = new MongoCertificateStore(MongoTestSupport.freshDatabase());
    Certificates certificates =
        new Certificates(
            store,
            SigningKeys.of("k1", SigningKeys.generatePkcs8(), Map.of()),
            ExamFixture.CATALOG,
            f.store,
            messages,
            BASE,
            f.clock,
            new SplittableRandom(5));
    Readiness readiness =
        new Readiness() {
          @Override
          public Verdict of(String learnerKey, String moduleId) {
            return new Verdict.Locked(moduleId);
          }

          @Override
          public List<String> weakestSkills(String learnerKey, String moduleId, int max) {
            return List.of();
          }
        };
    ExamOutcomes outcomes = new ExamOutcomes(ExamFixture.CATALOG, f.store, readiness, certificates);
    ExamNotifier notifier =
        new ExamNotifier(
            f.store,
            f.centers,
            new ExamReminders(QuietHours.DEFAULT),
            outcomes,
            certificates,
            messages,
            ExamProblems.NONE,
            f.clock);
    f.store.insertBooking(
        Booking.of("K7PQ3M", "learner", "s1", "fracciones", ExamFixture.START)
            .checkedIn("Ana López")
            .withResult(90, true));

    assertThat(notifier.tellResults(), is(1));
    Certificate module = store.of("learner", Certificate.Kind.MODULE, "fracciones").orElseThrow();
    Certificate level = store.of("learner", Certificate.Kind.LEVEL, "intermedio").orElseThrow();
    assertThat(certificates.verify(module.id()), is(new Verification.Valid(module)));
    assertThat(certificates.verify(level.id()), is(new Verification.Valid(level)));
    assertThat(documents, is(List.of("learner template aprende_examen_resultado")));

    String body = ((Reply.Text) outcomes.explain("learner", "K7PQ3M").getFirst()).body();
    assertThat(body, containsString(BASE + "/verify/" + module.id()));
    assertThat(body, containsString(BASE + "/verify/" + level.id()));
    outcomes.explain("learner", "K7PQ3M");
    assertThat(
        documents,
        is(
            List.of(
                "learner template aprende_examen_resultado",
                "learner certificado-intermedio.pdf")));
    assertThat(notifier.tellResults(), is(0));
  }
}
