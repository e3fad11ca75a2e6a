package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.exam.ExamJob;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Two bot instances on one MongoDB, as behind a load balancer. */
class TwoInstancesTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final int MESSAGES = 12;

  private static RunningBot start(String database) {
    MongoStorage storage =
        MongoStorage.open(
            Optional.of(MongoTestSupport.connectionString()), Path.of("target"), database);
    return Wiring.start(
        TestBots.settings(Map.of()), storage, TestBots.curriculum(), InstantSource.system());
  }

  /**
   * One learner's messages arriving alternately at both instances are each processed once and never
   * at the same time: the session counts every turn (a concurrent pair would lose one).
   */
  @Test
  void oneLearnerAcrossTwoInstancesIsProcessedOnceAndSerially() {
    String database = "two_instances_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    RunningBot a = start(database);
    RunningBot b = start(database);
    try {
      String learner = "5215577770001";
      Instant t0 = Instant.now();
      for (int i = 0; i < MESSAGES; i++) {
        RunningBot target = i % 2 == 0 ? a : b;
        byte[] body =
            PAYLOADS.text(
                learner, "Rosa", "wamid.two." + i, t0.plusSeconds(i), i == 0 ? "hola" : "menú");
        URI webhook = URI.create("http://127.0.0.1:" + target.port() + "/webhook");
        assertThat(Http.postSigned(webhook, body).statusCode(), is(200));
      }
      MongoCollection<Document> inbound = a.storage().database().getCollection("inbound");
      Eventually.await(
          Duration.ofSeconds(60),
          () -> inbound.countDocuments(Filters.eq("state", "done")),
          done -> done == MESSAGES);
      Document session =
          a.storage()
              .database()
              .getCollection("sessions")
              .find(Filters.eq("_id", TestBots.learnerKey(learner)))
              .first();
      assertThat(session.get("turns", Number.class).longValue(), is((long) MESSAGES));
      // Every learner lease is given back once the learner is idle (the last release follows the
      // marking); the exam job's lease stays with its holder by design.
      Eventually.await(
          Duration.ofSeconds(10),
          () ->
              a.storage()
                  .database()
                  .getCollection("leases")
                  .countDocuments(Filters.ne("_id", ExamJob.LEASE_KEY)),
          n -> n == 0L);
    } finally {
      a.stop();
      b.stop();
    }
  }

  /**
   * Several learners writing fast, each message to either instance: every learner's messages are
   * processed in the order they were sent, although the instance that stored one may find the
   * learner's lease held by its peer (the holder answers the earlier message first).
   */
  @Test
  void eachLearnersOrderHoldsAcrossInstances() throws InterruptedException {
    String database = "two_order_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    RunningBot a = start(database);
    RunningBot b = start(database);
    try {
      List<String> learners = List.of("5215577770011", "5215577770012", "5215577770013");
      Instant t0 = Instant.now();
      int total = 0;
      for (int i = 0; i < MESSAGES; i++) {
        for (int l = 0; l < learners.size(); l++) {
          RunningBot target = (i + l) % 2 == 0 ? a : b;
          byte[] body =
              PAYLOADS.text(
                  learners.get(l),
                  "Rosa",
                  "wamid.order." + l + "." + i,
                  t0.plusSeconds(i),
                  i == 0 ? "hola" : "menú");
          URI webhook = URI.create("http://127.0.0.1:" + target.port() + "/webhook");
          assertThat(Http.postSigned(webhook, body).statusCode(), is(200));
          total++;
        }
      }
      MongoCollection<Document> inbound = a.storage().database().getCollection("inbound");
      long expected = total;
      Eventually.await(
          Duration.ofSeconds(60),
          () -> inbound.countDocuments(Filters.eq("state", "done")),
          done -> done == expected);
      for (String learner : learners) {
        List<Instant> processed = new ArrayList<>();
        inbound
            .find(Filters.eq("learner", TestBots.learnerKey(learner)))
            .sort(Sorts.ascending("sentAt"))
            .forEach(doc -> processed.add(doc.getDate("processedAt").toInstant()));
        assertThat(processed.size(), is(MESSAGES));
        List<Instant> sorted = new ArrayList<>(processed);
        Collections.sort(sorted);
        assertThat("processing times by send time", processed, is(sorted));
      }
    } finally {
      a.stop();
      b.stop();
    }
  }
}
