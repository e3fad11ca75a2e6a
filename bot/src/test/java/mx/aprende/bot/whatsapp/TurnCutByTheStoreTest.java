package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.FakeGraphApi;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.MongoProxy;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One MongoDB operation of a turn dies with its connection (a server restart leaves the pool's
 * connections stale; the next operation works again), after the webhook was acknowledged. Found by
 * {@code ./tutor chaos mongo-outage} in CI: such a turn got the apology instead of its answer. It
 * must be answered once, with what the turn decided, and the conversation must not run twice.
 */
class TurnCutByTheStoreTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final String LEARNER = "5215577770043";

  @TempDir Path dir;

  /**
   * The cut hits the session's save (nothing of the turn kept: it runs again) or the outbox write
   * after it (the session kept the replies: they are sent, the turn is not run again). Either way
   * the learner gets the answer once, no apology, and the session counts one turn.
   */
  @ParameterizedTest(name = "cut at {0} {1}")
  @CsvSource({"update, sessions", "insert, outbox"})
  void answeredOnceWithoutReplay(String command, String collection) throws Exception {
    MongoServer mongo = new MongoServer(new MemoryBackend());
    InetSocketAddress address = mongo.bind();
    try (FakeGraphApi graph = FakeGraphApi.start();
        MongoProxy proxy = MongoProxy.to(address.getPort())) {
      MongoStorage storage = MongoStorage.open(Optional.of(proxy.uri()), dir, "cut");
      RunningBot bot =
          Wiring.start(
              TestBots.settings(Map.of("GRAPH_API_BASE_URL", graph.baseUrl())),
              storage,
              TestBots.curriculum(),
              InstantSource.system());
      try {
        URI webhook = URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
        proxy.cutNext(command, collection);

        byte[] body = PAYLOADS.text(LEARNER, "Rosa", "wamid.cut.1", Instant.now(), "hola");
        assertThat(Http.postSigned(webhook, body).statusCode(), is(200));

        MongoDatabase db = storage.database();
        Eventually.await(
            Duration.ofSeconds(30),
            () -> db.getCollection("inbound").find(Filters.eq("_id", "wamid.cut.1")).first(),
            doc -> doc != null && "done".equals(doc.getString("state")));
        Eventually.await(
            Duration.ofSeconds(30),
            () ->
                db.getCollection("outbox")
                    .countDocuments(Filters.in("state", List.of("PENDING", "SENDING"))),
            pending -> pending == 0L);
        assertThat("the proxy cut a " + command + " on " + collection, proxy.cuts(), is(1));

        List<String> texts = graph.texts();
        assertThat(texts, not(empty()));
        assertThat(texts, everyItem(not(startsWith("Uy, algo falló"))));
        assertThat("no reply sent twice: " + texts, new HashSet<>(texts).size(), is(texts.size()));
        Document session =
            db.getCollection("sessions")
                .find(Filters.eq("_id", TestBots.learnerKey(LEARNER)))
                .first();
        assertThat(session.get("turns", Number.class).longValue(), is(1L));
      } finally {
        bot.stop();
      }
    } finally {
      mongo.shutdownNow();
    }
  }
}
