package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.FakeGraphApi;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MongoDB goes away in the middle of a turn, after the webhook was acknowledged: the message must
 * still be answered once MongoDB is back, without restarting the bot (found by {@code ./tutor chaos
 * mongo-outage}: such messages stayed pending until the next start-up).
 */
class StoreOutageTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final String LEARNER = "5215577770042";

  @TempDir Path dir;

  private final int mongoPort = freePort();
  private volatile MongoServer mongo;

  /**
   * A message acknowledged before an outage that starts mid-turn and outlasts the client's timeouts
   * is answered, not apologised for, once the store is back.
   */
  @Test
  void turnCutByAnOutageIsAnsweredWhenTheStoreReturns() throws InterruptedException {
    startMongo();
    FakeGraphApi graph = FakeGraphApi.start();
    MongoStorage storage =
        MongoStorage.open(
            Optional.of("mongodb://127.0.0.1:" + mongoPort + "/?directConnection=true"),
            dir,
            "outage");
    RunningBot bot =
        Wiring.start(
            TestBots.settings(Map.of("GRAPH_API_BASE_URL", graph.baseUrl())),
            storage,
            TestBots.curriculum(),
            InstantSource.system());
    try {
      URI webhook = URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
      // The first read mark goes out mid-turn: MongoDB goes down right then.
      graph.atNextReadMark(
          () -> {
            mongo.shutdownNow();
            mongo = null;
          });
      byte[] body = PAYLOADS.text(LEARNER, "Rosa", "wamid.outage.1", Instant.now(), "hola");

      assertThat(Http.postSigned(webhook, body).statusCode(), is(200));

      Eventually.await(Duration.ofSeconds(30), () -> mongo == null, down -> down);
      // Longer than the client's 5 s server selection: recording the failure fails too.
      Thread.sleep(7_000);
      startMongo();
      Document inbound =
          Eventually.await(
              Duration.ofSeconds(60),
              () ->
                  storage
                      .database()
                      .getCollection("inbound")
                      .find(Filters.eq("_id", "wamid.outage.1"))
                      .first(),
              doc -> doc != null && "done".equals(doc.getString("state")));
      assertThat(inbound.getString("state"), is("done"));
      String reply =
          Eventually.await(Duration.ofSeconds(30), graph::texts, t -> !t.isEmpty()).getFirst();
      assertThat(reply, not(startsWith("Uy, algo falló")));
    } finally {
      bot.stop();
      graph.close();
      if (mongo != null) {
        mongo.shutdown();
      }
    }
  }

  /** Starts (or restarts) MongoDB on the same port and file, so the data survives the outage. */
  private void startMongo() {
    MVStore store = new MVStore.Builder().fileName(dir.resolve("mongo.mv.db").toString()).open();
    MongoServer server = new MongoServer(new H2Backend(store));
    server.bind("127.0.0.1", mongoPort);
    mongo = server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
