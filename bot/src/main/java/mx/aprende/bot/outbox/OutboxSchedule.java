package mx.aprende.bot.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Decides which outbox item goes next, and when: the pure core of the sender (no I/O, no threads,
 * time passed in). Not thread-safe; {@link OutboxSender} calls it under a lock.
 *
 * <ul>
 *   <li>One learner's items go out one at a time, in sequence order; a learner backing off never
 *       holds up the others.
 *   <li>All sends together are spaced at least {@code 1/rate} apart, so the business number never
 *       exceeds its per-second throughput.
 *   <li>A throttling answer slows everyone down; a halt (token or account problem) stops everyone
 *       for the life of the process: the token is read at start-up, so the fix is a restart.
 * </ul>
 */
final class OutboxSchedule {

  /** An item in the schedule, with the attempts already made. */
  record Entry(OutboxItem item, int attempts) {}

  /** What {@link #take} found. */
  sealed interface Poll {
    /** Send this now. */
    record Take(Entry entry) implements Poll {}

    /** Nothing can go before {@code until} (empty: nothing to do until something is offered). */
    record Wait(Optional<Instant> until) implements Poll {}
  }

  /** What to record after an attempt. */
  sealed interface Decision {
    /** The item went out. */
    record Sent(Entry entry, String channelMessageId) implements Decision {}

    /** Try again not before {@code notBefore}. */
    record Retrying(Entry entry, int attempts, Instant notBefore, String reason)
        implements Decision {}

    /** These items are done without being sent. */
    record Finished(List<OutboxItem> items, OutboxState state, String reason) implements Decision {}

    /** Everything stopped; the item is still first in its learner's queue. */
    record Halted(Entry entry, String reason) implements Decision {}
  }

  private record Wake(Instant at, String learnerKey) {}

  private final Duration spacing;
  private final Backoff backoff;
  private final RandomGenerator random;
  private final Map<String, ArrayDeque<Entry>> queues = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> scheduled = new HashSet<>();
  private final Set<String> inFlight = new HashSet<>();
  private final ArrayDeque<String> ready = new ArrayDeque<>();
  private final PriorityQueue<Wake> waiting =
      new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
  private Instant nextPermit = Instant.EPOCH;
  private Optional<String> halt = Optional.empty();

  OutboxSchedule(int ratePerSecond, Backoff backoff, RandomGenerator random) {
    if (ratePerSecond < 1) {
      throw new IllegalArgumentException("rate must be at least 1 per second");
    }
    this.spacing = Duration.ofNanos(1_000_000_000L / ratePerSecond);
    this.backoff = backoff;
    this.random = random;
  }

  /**
   * Adds an item unless it is already scheduled; it goes out after the learner's items with a
   * smaller sequence.
   *
   * @return whether it was added
   */
  boolean add(OutboxItem item, int attempts, Instant notBefore) {
    if (!ids.add(item.id())) {
      return false;
    }
    ArrayDeque<Entry> queue = queues.computeIfAbsent(item.learnerKey(), k -> new ArrayDeque<>());
    Entry entry = new Entry(item, attempts);
    if (queue.isEmpty() || queue.peekLast().item().sequence() <= item.sequence()) {
      queue.addLast(entry);
    } else {
      insertInOrder(queue, entry, inFlight.contains(item.learnerKey()));
    }
    schedule(item.learnerKey(), notBefore);
    return true;
  }

  /** The next item to send at {@code now}, or how long to wait. */
  Poll take(Instant now) {
    if (halt.isPresent()) {
      return new Poll.Wait(Optional.empty());
    }
    while (!waiting.isEmpty() && !waiting.peek().at().isAfter(now)) {
      ready.addLast(waiting.poll().learnerKey());
    }
    if (ready.isEmpty()) {
      return new Poll.Wait(Optional.ofNullable(waiting.peek()).map(Wake::at));
    }
    if (nextPermit.isAfter(now)) {
      return new Poll.Wait(Optional.of(nextPermit));
    }
    String learner = ready.pollFirst();
    scheduled.remove(learner);
    inFlight.add(learner);
    nextPermit = (nextPermit.isAfter(now) ? nextPermit : now).plus(spacing);
    return new Poll.Take(queues.get(learner).peekFirst());
  }

  /** Applies the outcome of the attempt on {@code entry} (the head of its learner's queue). */
  Decision complete(Entry entry, SendOutcome outcome, Instant now) {
    String learner = entry.item().learnerKey();
    inFlight.remove(learner);
    Decision decision =
        switch (outcome) {
          case SendOutcome.Sent sent -> {
            popHead(learner);
            yield new Decision.Sent(entry, sent.channelMessageId());
          }
          case SendOutcome.Retry retry -> retry(entry, retry, now);
          case SendOutcome.Permanent permanent -> {
            popHead(learner);
            yield new Decision.Finished(
                List.of(entry.item()), OutboxState.PARKED, permanent.reason());
          }
          case SendOutcome.WindowClosed closed -> {
            // Every later message of this learner would fail the same way.
            List<OutboxItem> all = new ArrayList<>();
            while (queues.containsKey(learner)) {
              all.add(popHead(learner).item());
            }
            yield new Decision.Finished(all, OutboxState.WINDOW_CLOSED, closed.reason());
          }
          case SendOutcome.Halt stop -> {
            halt = Optional.of(stop.reason());
            yield new Decision.Halted(entry, stop.reason());
          }
        };
    if (decision instanceof Decision.Retrying retrying) {
      schedule(learner, retrying.notBefore());
    } else {
      schedule(learner, now);
    }
    return decision;
  }

  /** Drops an item another process already finished (the claim found it final). */
  void skip(Entry entry, Instant now) {
    String learner = entry.item().learnerKey();
    inFlight.remove(learner);
    popHead(learner);
    schedule(learner, now);
  }

  Optional<String> halted() {
    return halt;
  }

  /** Items scheduled or in flight. */
  int size() {
    return ids.size();
  }

  private Decision retry(Entry entry, SendOutcome.Retry retry, Instant now) {
    int attempts = entry.attempts() + 1;
    if (attempts >= Math.min(retry.maxAttempts(), backoff.maxAttempts())) {
      popHead(entry.item().learnerKey());
      return new Decision.Finished(
          List.of(entry.item()),
          OutboxState.PARKED,
          "gave up after " + attempts + " attempts: " + retry.reason());
    }
    Instant notBefore = now.plus(backoff.delay(attempts, random));
    ArrayDeque<Entry> queue = queues.get(entry.item().learnerKey());
    queue.pollFirst();
    Entry again = new Entry(entry.item(), attempts);
    queue.addFirst(again);
    if (retry.everyone() && notBefore.isAfter(nextPermit)) {
      nextPermit = notBefore;
    }
    return new Decision.Retrying(again, attempts, notBefore, retry.reason());
  }

  private Entry popHead(String learner) {
    ArrayDeque<Entry> queue = queues.get(learner);
    Entry head = queue.pollFirst();
    ids.remove(head.item().id());
    if (queue.isEmpty()) {
      queues.remove(learner);
    }
    return head;
  }

  /** Puts the learner in line for its head item unless it is already in line or sending. */
  private void schedule(String learner, Instant notBefore) {
    if (!queues.containsKey(learner) || inFlight.contains(learner) || !scheduled.add(learner)) {
      return;
    }
    waiting.add(new Wake(notBefore, learner));
  }

  /** A late item goes before larger sequences, but never before a head being sent right now. */
  private static void insertInOrder(ArrayDeque<Entry> queue, Entry entry, boolean headInFlight) {
    List<Entry> all = new ArrayList<>(queue);
    queue.clear();
    boolean placed = false;
    boolean first = true;
    for (Iterator<Entry> it = all.iterator(); it.hasNext(); ) {
      Entry next = it.next();
      boolean movable = !(first && headInFlight);
      first = false;
      if (!placed && movable && next.item().sequence() > entry.item().sequence()) {
        queue.addLast(entry);
        placed = true;
      }
      queue.addLast(next);
    }
    if (!placed) {
      queue.addLast(entry);
    }
  }
}
