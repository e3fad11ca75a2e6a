package mx.aprende.bot.inbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.aprende.bot.inbox.mongo.MongoInbox;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox on the test MongoDB (Testcontainers where Docker exists, else the embedded server). */
class MongoInboxTest {

  private static final Instant T0 = Instant.parse("2026-11-28T15:00:00Z");
  private Inbox inbox;

  static InboundRecord record(String id, String learner, Instant sentAt) {
    return new InboundRecord(
        id,
        "whatsapp",
        learner,
        sentAt,
        sentAt.plusSeconds(1),
        "100000000000001",
        "{\"id\":\"" + id + "\",\"type\":\"text\",\"text\":{\"body\":\"hola\"}}",
        Optional.empty(),
        Optional.of(learner),
        Optional.of("Ana"));
  }

  @BeforeEach
  void freshInbox() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    inbox = new MongoInbox(db, TestBots.cipher());
  }

  /** A stored message reads back exactly as stored. */
  @Test
  void storesAndReadsBack() {
    InboundRecord record = record("wamid.1", "5215512345678", T0);
    assertThat(inbox.accept(record), is(Inbox.Acceptance.ACCEPTED));
    assertThat(inbox.find("wamid.1"), is(Optional.of(record)));
  }

  /** The same message id twice is a duplicate: stored once. */
  @Test
  void duplicatesAreRecognised() {
    assertThat(inbox.accept(record("wamid.1", "a", T0)), is(Inbox.Acceptance.ACCEPTED));
    assertThat(inbox.accept(record("wamid.1", "a", T0)), is(Inbox.Acceptance.DUPLICATE));
    assertThat(inbox.unfinished(10).size(), is(1));
  }

  /** Many concurrent deliveries of one id: exactly one is accepted. */
  @Test
  void concurrentDuplicatesAcceptOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Inbox.Acceptance>> tasks = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      tasks.add(() -> inbox.accept(record("wamid.race", "a", T0)));
    }
    long accepted = 0;
    for (Future<Inbox.Acceptance> f : pool.invokeAll(tasks)) {
      accepted += f.get() == Inbox.Acceptance.ACCEPTED ? 1 : 0;
    }
    pool.shutdown();
    assertThat(accepted, is(1L));
  }

  /** Unfinished messages come back oldest first; processed ones do not. */
  @Test
  void unfinishedInSendOrder() {
    inbox.accept(record("wamid.late", "a", T0.plusSeconds(30)));
    inbox.accept(record("wamid.early", "a", T0));
    inbox.accept(record("wamid.done", "b", T0.plusSeconds(10)));
    inbox.markProcessed("wamid.done", T0.plusSeconds(40));
    inbox.markFailed("wamid.late", T0.plusSeconds(40), "IllegalStateException");

    assertThat(
        inbox.unfinished(10).stream().map(InboundRecord::messageId).toList(),
        is(List.of("wamid.early", "wamid.late")));
    assertThat(inbox.isProcessed("wamid.done"), is(true));
    assertThat(inbox.isProcessed("wamid.early"), is(false));
    assertThat(inbox.findUnprocessed("wamid.done").isPresent(), is(false));
    assertThat(inbox.findUnprocessed("wamid.early").isPresent(), is(true));
  }

  /**
   * A learner's earlier pending messages, oldest first: not other learners', not processed or
   * failed ones, not later ones; a tie in send time goes by arrival.
   */
  @Test
  void pendingBeforeIsTheLearnersEarlierBacklog() {
    InboundRecord current = record("wamid.now", "a", T0.plusSeconds(20));
    inbox.accept(record("wamid.second", "a", T0.plusSeconds(10)));
    inbox.accept(record("wamid.first", "a", T0));
    inbox.accept(record("wamid.done", "a", T0.plusSeconds(5)));
    inbox.markProcessed("wamid.done", T0.plusSeconds(6));
    inbox.accept(record("wamid.failed", "a", T0.plusSeconds(7)));
    inbox.markFailed("wamid.failed", T0.plusSeconds(8), "IllegalStateException");
    inbox.accept(record("wamid.other", "b", T0));
    inbox.accept(record("wamid.later", "a", T0.plusSeconds(30)));
    InboundRecord sameSecondEarlier =
        new InboundRecord(
            "wamid.tie",
            "whatsapp",
            "a",
            current.sentAt(),
            current.receivedAt().minusMillis(5),
            "100000000000001",
            "{}",
            Optional.empty(),
            Optional.of("a"),
            Optional.empty());
    inbox.accept(sameSecondEarlier);
    inbox.accept(current);

    assertThat(
        inbox.pendingBefore(current, 10).stream().map(InboundRecord::messageId).toList(),
        is(List.of("wamid.first", "wamid.second", "wamid.tie")));
    assertThat(
        inbox.pendingBefore(current, 2).stream().map(InboundRecord::messageId).toList(),
        is(List.of("wamid.first", "wamid.second")));
  }

  /**
   * The purge job forgets processed messages past the retention (then a late retry would be new
   * again, hence retention >= 7 days); recent and unprocessed ones stay.
   */
  @Test
  void purgeForgetsOnlyOldProcessedMessages() {
    inbox.accept(record("wamid.old", "a", T0));
    inbox.accept(record("wamid.recent", "a", T0));
    inbox.accept(record("wamid.pending", "a", T0));
    inbox.markProcessed("wamid.old", T0);
    inbox.markProcessed("wamid.recent", T0.plus(java.time.Duration.ofDays(7)));
    new InboxPurge(inbox, java.time.Duration.ofDays(8), () -> T0.plus(java.time.Duration.ofDays(9)))
        .run();
    assertThat(inbox.find("wamid.old").isPresent(), is(false));
    assertThat(inbox.find("wamid.recent").isPresent(), is(true));
    assertThat(inbox.find("wamid.pending").isPresent(), is(true));
    assertThat(inbox.accept(record("wamid.recent", "a", T0)), is(Inbox.Acceptance.DUPLICATE));
  }
}
