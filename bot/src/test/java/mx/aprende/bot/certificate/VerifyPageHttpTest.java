package mx.aprende.bot.certificate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.certificate.mongo.DevelopmentKey;
import mx.aprende.bot.certificate.mongo.MongoCertificateStore;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.LearnerMessages;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.Test;

/** The public verification page of a running bot, over HTTP. */
class VerifyPageHttpTest {

  /** Valid, revoked and unknown ids each get their page; the JSON is served only while valid. */
  @Test
  void validRevokedAndUnknown() {
    RunningBot bot = TestBots.start();
    try {
      String base = "http://127.0.0.1:" + bot.port();
      var database = bot.storage().database();
      MongoCertificateStore store = new MongoCertificateStore(database);
      MongoExamStore exams = new MongoExamStore(database, TestBots.cipher());
      // The bot's own development key, so what this test issues is what the bot would issue.
      SigningKeys keys = SigningKeys.of("key-1", DevelopmentKey.loadOrCreate(database), Map.of());
      Certificates certificates =
          new Certificates(
              store,
              keys,
              CertificatesTest.CATALOG,
              exams,
              new NoMessages(),
              base,
              InstantSource.fixed(CertificatesTest.NOW),
              new SplittableRandom(3));
      Booking passed =
          Booking.of("AAA111", "5215550001", "s", "fracciones", CertificatesTest.NOW)
              .checkedIn("Ana <b>López</b>")
              .withResult(95, true);
      exams.insertBooking(passed);
      // The bot's own exam job may issue it first (it runs a second after start): either way
      // there is exactly one credential, signed with the bot's key.
      certificates.issue(passed);
      Certificate c = store.of("5215550001", Certificate.Kind.MODULE, "fracciones").orElseThrow();

      HttpResponse<String> valid = Http.get(URI.create(base + "/verify/" + c.id()));
      assertThat(valid.statusCode(), is(200));
      assertThat(valid.body(), containsString("<strong>válido</strong>"));
      assertThat(valid.body(), containsString("<dd>" + c.title() + "</dd>"));
      assertThat(valid.body(), containsString(Certificates.date(c.issuedAt())));
      assertThat(valid.body(), containsString(c.id()));
      assertThat(valid.body(), not(containsString("López")));
      HttpResponse<String> json = Http.get(URI.create(base + "/verify/" + c.id() + ".json"));
      assertThat(json.statusCode(), is(200));
      assertThat(json.body(), is(c.signed()));

      HttpResponse<String> key = Http.get(URI.create(base + "/verify/keys/key-1"));
      assertThat(key.statusCode(), is(200));
      assertThat(key.body(), containsString(keys.publicKey("key-1").orElseThrow()));
      assertThat(c.signed(), containsString(base + "/verify/keys/key-1"));

      store.revoke(c.id(), "error", CertificatesTest.NOW);
      HttpResponse<String> revoked = Http.get(URI.create(base + "/verify/" + c.id()));
      assertThat(revoked.body(), containsString("<strong>revocado</strong>"));
      assertThat(Http.get(URI.create(base + "/verify/" + c.id() + ".json")).statusCode(), is(404));

      HttpResponse<String> unknown = Http.get(URI.create(base + "/verify/%3Cscript%3E"));
      assertThat(unknown.statusCode(), is(404));
      assertThat(unknown.body(), containsString("<strong>desconocido</strong>"));
      assertThat(unknown.body(), not(containsString("<script>")));
    } finally {
      bot.stop();
    }
  }

  private static final class NoMessages implements LearnerMessages {
    @Override
    public void image(String learnerKey, byte[] png, String fileName, String caption) {}

    @Override
    public void document(String learnerKey, byte[] pdf, String fileName, String caption) {}

    @Override
    public void template(
        String learnerKey, String name, List<String> bodyParameters, Optional<String> payload) {}
  }
}
