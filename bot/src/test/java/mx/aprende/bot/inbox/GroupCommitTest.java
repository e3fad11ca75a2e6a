package mx.aprende.bot.inbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mx.aprende.bot.inbox.mongo.MongoInbox;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/** Concurrent webhooks share one batched write and one durability commit. */
class GroupCommitTest {

  private static final Instant T0 = Instant.parse("2026-11-28T15:00:00Z");

  /**
   * An inbox that remembers ids, counts batches, and holds the first batch until released, so
   * callers pile up behind it.
   */
  private static final class SlowInbox implements Inbox {
    final ConcurrentHashMap<String, Boolean> ids = new ConcurrentHashMap<>();
    final AtomicInteger batches = new AtomicInteger();
    final CountDownLatch firstBatchStarted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Acceptance accept(InboundRecord record) {
      return ids.putIfAbsent(record.messageId(), true) == null
          ? Acceptance.ACCEPTED
          : Acceptance.DUPLICATE;
    }

    @Override
    public List<Acceptance> acceptAll(List<InboundRecord> records) {
      if (batches.incrementAndGet() == 1) {
        firstBatchStarted.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Inbox.super.acceptAll(records);
    }

    @Override
    public Optional<InboundRecord> find(String messageId) {
      return Optional.empty();
    }

    @Override
    public Optional<InboundRecord> findUnprocessed(String messageId) {
      return Optional.empty();
    }

    @Override
    public void markProcessed(String messageId, Instant at) {}

    @Override
    public void markFailed(String messageId, Instant at, String reason) {}

    @Override
    public List<InboundRecord> unfinished(int limit) {
      return List.of();
    }

    @Override
    public List<InboundRecord> pendingBefore(InboundRecord message, int limit) {
      return List.of();
    }

    @Override
    public boolean isProcessed(String messageId) {
      return false;
    }

    @Override
    public long purgeProcessedBefore(Instant cutoff) {
      return 0;
    }
  }

  /** Callers arriving while a batch is written are written together, with one commit. */
  @Test
  void callersWaitingBehindAWriteShareTheNextBatch() throws Exception {
    SlowInbox inbox = new SlowInbox();
    AtomicInteger commits = new AtomicInteger();
    GroupCommit group = new GroupCommit(inbox, commits::incrementAndGet);
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    Future<List<Inbox.Acceptance>> first =
        pool.submit(() -> group.accept(List.of(MongoInboxTest.record("m0", "a", T0))));
    inbox.firstBatchStarted.await();
    List<Future<List<Inbox.Acceptance>>> waiting = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      String id = "m" + i;
      waiting.add(pool.submit(() -> group.accept(List.of(MongoInboxTest.record(id, "a", T0)))));
    }
    // Let the 20 callers queue up behind the first batch.
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (group.waiting() < 20 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(group.waiting(), is(20));
    inbox.release.countDown();
    assertThat(first.get(), contains(Inbox.Acceptance.ACCEPTED));
    for (Future<List<Inbox.Acceptance>> f : waiting) {
      assertThat(f.get(), contains(Inbox.Acceptance.ACCEPTED));
    }
    pool.shutdown();
    assertThat(inbox.ids.size(), is(21));
    assertThat(inbox.batches.get(), is(2));
    assertThat(commits.get(), is(2));
  }

  /** With the store stuck and the waiting room full, the next caller is refused at once. */
  @Test
  void aFullWaitingRoomRefusesAtOnce() throws Exception {
    SlowInbox inbox = new SlowInbox();
    GroupCommit group = new GroupCommit(inbox, () -> {}, 3);
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    List<Future<List<Inbox.Acceptance>>> admitted = new ArrayList<>();
    admitted.add(pool.submit(() -> group.accept(List.of(MongoInboxTest.record("w0", "a", T0)))));
    inbox.firstBatchStarted.await();
    for (int i = 1; i <= 3; i++) {
      String id = "w" + i;
      admitted.add(pool.submit(() -> group.accept(List.of(MongoInboxTest.record(id, "a", T0)))));
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (group.waiting() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThrows(
        InboxUnavailableException.class,
        () -> group.accept(List.of(MongoInboxTest.record("refused", "a", T0))));
    inbox.release.countDown();
    for (Future<List<Inbox.Acceptance>> f : admitted) {
      assertThat(f.get(), contains(Inbox.Acceptance.ACCEPTED));
    }
    pool.shutdown();
    assertThat(inbox.ids.containsKey("refused"), is(false));
  }

  /** A failed commit fails every caller of its batch with the 503 exception. */
  @Test
  void aFailedCommitFailsEveryCallerOfTheBatch() {
    SlowInbox inbox = new SlowInbox();
    inbox.release.countDown();
    GroupCommit group =
        new GroupCommit(
            inbox,
            () -> {
              throw new IllegalStateException("disk full");
            });
    InboxUnavailableException e =
        assertThrows(
            InboxUnavailableException.class,
            () -> group.accept(List.of(MongoInboxTest.record("m1", "a", T0))));
    assertThat(e.getCause().getMessage(), is("disk full"));
  }

  /**
   * On MongoDB: a batch with a repeated id and an id stored before gets each duplicate flagged in
   * place, the rest stored.
   */
  @Test
  void mongoBatchFlagsDuplicatesInPlace() {
    MongoInbox inbox = new MongoInbox(MongoTestSupport.freshDatabase(), TestBots.cipher());
    inbox.accept(MongoInboxTest.record("old", "a", T0));
    GroupCommit group = new GroupCommit(inbox, () -> {});
    List<Inbox.Acceptance> results =
        group.accept(
            List.of(
                MongoInboxTest.record("new1", "a", T0),
                MongoInboxTest.record("old", "a", T0),
                MongoInboxTest.record("new2", "b", T0),
                MongoInboxTest.record("new1", "a", T0)));
    assertThat(
        results,
        contains(
            Inbox.Acceptance.ACCEPTED,
            Inbox.Acceptance.DUPLICATE,
            Inbox.Acceptance.ACCEPTED,
            Inbox.Acceptance.DUPLICATE));
    assertThat(inbox.find("new2").isPresent(), is(true));
    assertThat(inbox.unfinished(10).size(), is(3));
  }

  /** Many concurrent callers on MongoDB: every message stored once, every caller answered. */
  @Test
  void concurrentCallersOnMongoAllStored() throws Exception {
    MongoInbox inbox = new MongoInbox(MongoTestSupport.freshDatabase(), TestBots.cipher());
    AtomicInteger commits = new AtomicInteger();
    GroupCommit group = new GroupCommit(inbox, commits::incrementAndGet);
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    List<Future<List<Inbox.Acceptance>>> futures = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String id = "c" + (i % 150);
      futures.add(pool.submit(() -> group.accept(List.of(MongoInboxTest.record(id, "a", T0)))));
    }
    List<Inbox.Acceptance> all = new ArrayList<>();
    for (Future<List<Inbox.Acceptance>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();
    assertThat(all.stream().filter(a -> a == Inbox.Acceptance.ACCEPTED).count(), is(150L));
    assertThat(inbox.unfinished(1000).size(), is(150));
    assertThat(commits.get(), lessThan(201));
  }
}
