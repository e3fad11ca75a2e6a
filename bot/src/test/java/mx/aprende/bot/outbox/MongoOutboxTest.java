package mx.aprende.bot.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.List;
import mx.aprende.bot.outbox.mongo.MongoOutbox;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoOutboxTest {

  private static final Instant T0 = Instant.parse("2026-11-28T15:00:00Z");
  private Outbox outbox;

  @BeforeEach
  void setUp() {
    outbox = new MongoOutbox(MongoTestSupport.freshDatabase(), TestBots.cipher());
  }

  private static OutboxItem item(String source, int index, String learner, long sequence) {
    return new OutboxItem(
        OutboxItem.idFor(source, index), learner, "521550000", sequence, "text", "{\"n\":1}");
  }

  /** Re-running a turn enqueues nothing new: the ids come from the inbound message id. */
  @Test
  void enqueueIsIdempotent() {
    List<OutboxItem> answer = List.of(item("wamid.a", 0, "L", 1), item("wamid.a", 1, "L", 2));
    assertThat(outbox.enqueue(answer), is(2));
    assertThat(outbox.enqueue(answer), is(0));
    assertThat(outbox.enqueue(List.of(answer.get(1), item("wamid.a", 2, "L", 3))), is(1));
    assertThat(outbox.unsent(10).size(), is(3));
    assertThat(outbox.answered("wamid.a"), is(true));
    assertThat(outbox.answered("wamid.b"), is(false));
  }

  /** Unsent items come back in sequence order with their state and attempts. */
  @Test
  void unsentKeepsOrderStateAndAttempts() {
    outbox.enqueue(List.of(item("m2", 0, "L", 20), item("m1", 0, "L", 10), item("m3", 0, "L", 30)));
    outbox.sending("m1#0", T0);
    outbox.sent("m1#0", "wamid.out.1", T0);
    outbox.sending("m2#0", T0);
    outbox.retryLater("m3#0", 2, T0.plusSeconds(4), "unavailable");
    List<Outbox.Stored> unsent = outbox.unsent(10);
    assertThat(unsent.stream().map(s -> s.item().id()).toList(), contains("m2#0", "m3#0"));
    assertThat(unsent.get(0).state(), is(OutboxState.SENDING));
    assertThat(unsent.get(1).attempts(), is(2));
    assertThat(outbox.find("m1#0").orElseThrow().state(), is(OutboxState.SENT));
  }

  /** A closed window is a per-learner state others can read; the learner writing reopens it. */
  @Test
  void windowClosedIsExposedUntilTheLearnerWrites() {
    OutboxItem first = item("m1", 0, "L", 1);
    OutboxItem second = item("m1", 1, "L", 2);
    outbox.enqueue(List.of(first, second));
    outbox.finish(first, OutboxState.WINDOW_CLOSED, "graph_131047", T0);
    outbox.finish(second, OutboxState.WINDOW_CLOSED, "graph_131047", T0);
    assertThat(outbox.windowClosed("L"), is(true));
    assertThat(outbox.windowClosed("other"), is(false));
    assertThat(outbox.awaitingTemplate("L"), contains(first, second));
    assertThat(outbox.reopenWindow("L", T0.plusSeconds(60)), is(2));
    assertThat(outbox.windowClosed("L"), is(false));
    assertThat(outbox.find("m1#0").orElseThrow().state(), is(OutboxState.DROPPED));
  }

  /** A 131047 in a later receipt turns a sent message into "window closed". */
  @Test
  void windowClosedAfterSendByReceipt() {
    outbox.enqueue(List.of(item("m1", 0, "L", 1)));
    outbox.sent("m1#0", "wamid.out.9", T0);
    assertThat(outbox.windowClosedAfterSend("wamid.out.9", T0), is(true));
    assertThat(outbox.windowClosedAfterSend("wamid.unknown", T0), is(false));
    assertThat(outbox.find("m1#0").orElseThrow().state(), is(OutboxState.WINDOW_CLOSED));
    assertThat(outbox.windowClosed("L"), is(true));
  }
}
