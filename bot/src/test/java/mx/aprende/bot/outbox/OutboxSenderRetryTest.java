package mx.aprende.bot.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.helidon.metrics.api.Metrics;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mx.aprende.bot.observe.BotMetrics;
import org.junit.jupiter.api.Test;

/** The sender's record of a retry never lands after the retry itself. */
class OutboxSenderRetryTest {

  /** Keeps states in memory; writing "pending" for a retry is slow, as on a loaded database. */
  private static final class SlowRetryOutbox implements Outbox {
    final Map<String, OutboxState> states = new ConcurrentHashMap<>();

    @Override
    public int enqueue(List<OutboxItem> items) {
      items.forEach(item -> states.putIfAbsent(item.id(), OutboxState.PENDING));
      return items.size();
    }

    @Override
    public boolean answered(String sourceMessageId) {
      return false;
    }

    @Override
    public List<Stored> unsent(int limit) {
      return List.of();
    }

    @Override
    public void sending(String id, Instant at) {
      states.put(id, OutboxState.SENDING);
    }

    @Override
    public void sent(String id, String channelMessageId, Instant at) {
      states.put(id, OutboxState.SENT);
    }

    @Override
    public void retryLater(String id, int attempts, Instant notBefore, String reason) {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      states.put(id, OutboxState.PENDING);
    }

    @Override
    public void finish(OutboxItem item, OutboxState state, String reason, Instant at) {
      states.put(item.id(), state);
    }

    @Override
    public boolean windowClosed(String learnerKey) {
      return false;
    }

    @Override
    public boolean windowClosedAfterSend(String channelMessageId, Instant at) {
      return false;
    }

    @Override
    public List<OutboxItem> awaitingTemplate(String learnerKey) {
      return List.of();
    }

    @Override
    public int reopenWindow(String learnerKey, Instant at) {
      return 0;
    }

    @Override
    public Optional<Stored> find(String id) {
      return Optional.ofNullable(states.get(id))
          .map(state -> new Stored(new OutboxItem(id, "L", "to", 0, "text", "{}"), state, 0));
    }
  }

  /**
   * A send that fails once and is retried after 1 ms ends "sent" in the store, although writing the
   * retry took far longer than the back-off.
   */
  @Test
  void aSlowRetryRecordNeverOverwritesTheRetrysSuccess() throws Exception {
    SlowRetryOutbox outbox = new SlowRetryOutbox();
    AtomicInteger calls = new AtomicInteger();
    OutboundChannel channel =
        item ->
            calls.incrementAndGet() % 2 == 1
                ? new SendOutcome.Retry("http_500", false, 5)
                : new SendOutcome.Sent("wamid.out." + item.id());
    List<OutboxItem> items = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      items.add(new OutboxItem("wamid.in." + i + "#0", "L" + i, "to" + i, i, "text", "{}"));
    }
    outbox.enqueue(items);
    try (OutboxSender sender =
        new OutboxSender(
                outbox,
                channel,
                new OutboxSender.Settings(
                    1_000, 8, new Backoff(Duration.ofMillis(1), Duration.ofMillis(2), 5)),
                new BotMetrics(Metrics.globalRegistry()),
                InstantSource.system(),
                new SplittableRandom(3))
            .start()) {
      sender.offer(items);
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (sender.backlog() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(sender.backlog(), is(0));
    }
    for (OutboxItem item : items) {
      assertThat(item.id(), outbox.states.get(item.id()), is(OutboxState.SENT));
    }
  }
}
