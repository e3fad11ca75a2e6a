package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import com.mongodb.client.MongoDatabase;
import io.helidon.http.Status;
import io.helidon.metrics.api.Metrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import mx.aprende.bot.inbox.InboundRecord;
import mx.aprende.bot.inbox.Inbox;
import mx.aprende.bot.inbox.mongo.MongoInbox;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.outbox.mongo.MongoOutboundLog;
import mx.aprende.bot.outbox.mongo.MongoOutbox;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.HostileBodies;
import mx.aprende.bot.whatsapp.wire.WebhookParser;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A seeded corpus of 10,000+ hostile webhook bodies ({@link HostileBodies}) run through the
 * webhook's request handling in-process ({@link WebhookService#handle(byte[], Optional)}:
 * everything after the socket read — size limit, signature, parsing, storage), to keep the run to
 * seconds. The HTTP layer itself (413 on a declared length, 401, 400) is covered by {@code
 * WebhookEndpointTest}.
 */
class HostilePayloadsTest {

  private static final String SECRET = "fuzz-secret";
  private static final int MAX_BYTES = HostileBodies.LIMIT_BYTES;
  private static final int CORPUS = 10_500;
  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final HostileBodies CORPUS_CASES = new HostileBodies(PAYLOADS);

  /**
   * Every hostile body gets a 4xx or a 200 (stored or ignored), never a 5xx or an exception; every
   * message stored reads back intact, and a normal message still works afterwards.
   */
  @Test
  void hostileBodiesNeverCauseServerErrors() {
    MongoDatabase database = MongoTestSupport.freshDatabase();
    Inbox inbox = new MongoInbox(database, TestBots.cipher());
    WebhookService service =
        new WebhookService(
            "verify",
            WebhookSignature.create(SECRET),
            new WebhookParser(),
            inbox,
            TestBots.learnerKeys(),
            new MongoOutboundLog(database),
            new MongoOutbox(database, TestBots.cipher()),
            () -> {},
            (learner, messageId) -> {},
            new BotMetrics(Metrics.globalRegistry()),
            // MongoDB keeps milliseconds: a clock at that precision makes records compare equal.
            () -> Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
            MAX_BYTES);
    WebhookSignature signer = WebhookSignature.create(SECRET);
    SplittableRandom random = new SplittableRandom(20261128L);
    Map<String, Integer> statuses = new TreeMap<>();
    int stored = 0;
    int tooLarge = 0;
    for (int i = 0; i < CORPUS; i++) {
      HostileBodies.Case c = CORPUS_CASES.next(i, random);
      Optional<String> signature =
          c.signed()
              ? Optional.of(signer.sign(c.body()))
              : Optional.of(random.nextBoolean() ? "sha256=00" : "md5=abc");
      WebhookService.Outcome outcome = service.handle(c.body(), signature);
      int code = outcome.status().code();
      statuses.merge(c.kind() + " " + code, 1, Integer::sum);
      assertThat(c.kind() + " #" + i, code, lessThan(500));
      if (!c.signed()) {
        assertThat(c.kind(), outcome.status(), is(Status.UNAUTHORIZED_401));
      } else if (c.body().length > MAX_BYTES) {
        tooLarge++;
        assertThat(c.kind(), outcome.status(), is(Status.REQUEST_ENTITY_TOO_LARGE_413));
      } else {
        assertThat(c.kind(), code, anyOf(is(200), is(400)));
      }
      for (InboundRecord record : outcome.accepted()) {
        // Read a sample back (every read is a round trip; the corpus must stay fast).
        if (stored++ % 8 == 0) {
          assertThat(inbox.find(record.messageId()), is(Optional.of(record)));
        }
      }
    }
    assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum(), is(CORPUS));
    System.out.println("Hostile corpus (kind status: count): " + statuses + ", stored " + stored);
    assertThat(stored, greaterThanOrEqualTo(100));
    assertThat(tooLarge, greaterThanOrEqualTo(5));
    byte[] normal = PAYLOADS.text("5215500009999", "Ana", "wamid.after", Instant.now(), "hola");
    WebhookService.Outcome after = service.handle(normal, Optional.of(signer.sign(normal)));
    assertThat(after.status(), is(Status.OK_200));
    assertThat(after.accepted().size(), is(1));
  }

  /** The corpus really has every kind in it. */
  @Test
  void corpusCoversEveryKind() {
    SplittableRandom random = new SplittableRandom(1);
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      String kind = CORPUS_CASES.next(i, random).kind();
      if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    assertThat(kinds.size(), is(HostileBodies.KINDS));
  }
}
