package mx.aprende.ops.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who sent what and what came back: every inbound message (a turn) and every message the sink
 * received, attributed to the turn it answers, for the lost and duplicate accounting and the
 * end-to-end latency. Thread-safe: the generator, the acknowledgements and the sink all write here.
 *
 * <p>Attribution: the bot marks an inbound message read (naming its id) before it sends that
 * message's replies, and the outbox sends a learner's replies in the order their turns were
 * processed: so a reply belongs to the learner's earliest read-marked turn still without a reply
 * (in read-mark order), else to the last read-marked one. Without read marks a reply belongs to the
 * learner's oldest unanswered turn, else to the latest one.
 *
 * <p>Order: the first read mark of a turn is when the bot started answering it. A learner's turn
 * answered before an earlier turn of theirs that the bot had already acknowledged (200) before the
 * later one was even due is an order violation: the bot knew of both and took them out of order.
 * Turns that reached the bot late (retried through an outage) cannot be put back in order by anyone
 * and do not count.
 */
final class Ledger {

  private final Map<String, Integer> learnerByWaId;
  private final LearnerBook[] books;
  private final Map<String, Turn> turns = new ConcurrentHashMap<>();
  private final LatencyTrack endToEnd;
  private final AtomicLong stray = new AtomicLong();
  private final AtomicLong orderViolations = new AtomicLong();

  /**
   * @param waIds each learner's WhatsApp id, by learner index
   * @param endToEnd where first-reply latencies of measured turns go
   */
  Ledger(List<String> waIds, LatencyTrack endToEnd) {
    this.learnerByWaId = new ConcurrentHashMap<>(waIds.size() * 2);
    this.books = new LearnerBook[waIds.size()];
    for (int i = 0; i < waIds.size(); i++) {
      learnerByWaId.put(waIds.get(i), i);
      books[i] = new LearnerBook();
    }
    this.endToEnd = endToEnd;
  }

  /** Registers a turn before its webhook is sent, so a fast reply always finds it. */
  Turn open(int learner, String messageId, long intendedNanos, boolean measured) {
    Turn turn = new Turn(learner, messageId, intendedNanos, measured);
    turns.put(messageId, turn);
    LearnerBook book = books[learner];
    synchronized (book) {
      book.turns.add(turn);
    }
    return turn;
  }

  /** The webhook's answer for {@code turn}: a status code, or 0 when it failed without one. */
  void acknowledged(Turn turn, int status) {
    turn.status = status;
  }

  /** {@code turn} was answered {@code status} at {@code atNanos}. */
  void acknowledged(Turn turn, int status, long atNanos) {
    turn.acknowledgedNanos = atNanos;
    turn.status = status;
  }

  /** The bot marked {@code inboundId} read: its replies follow. */
  void readMark(String inboundId) {
    Turn turn = turns.get(inboundId);
    if (turn == null) {
      stray.incrementAndGet();
      return;
    }
    LearnerBook book = books[turn.learner];
    synchronized (book) {
      turn.readMarks++;
      book.current = turn;
      if (turn.replies == 0 && !book.awaiting.contains(turn)) {
        book.awaiting.add(turn);
      }
      if (turn.readMarks == 1 && answeredOutOfOrder(book, turn)) {
        orderViolations.incrementAndGet();
      }
    }
  }

  private static boolean answeredOutOfOrder(LearnerBook book, Turn later) {
    for (Turn earlier : book.turns) {
      if (earlier == later) {
        return false;
      }
      if (earlier.readMarks == 0
          && !earlier.overtaken
          && earlier.status == 200
          && earlier.acknowledgedNanos != 0
          && earlier.acknowledgedNanos < later.intendedNanos) {
        // Counted once per overtaken turn, however many later ones pass it.
        earlier.overtaken = true;
        return true;
      }
    }
    return false;
  }

  /** When the first webhook answered 200 at or after {@code nanos} was answered. */
  Optional<Long> firstAcknowledgedAfter(long nanos) {
    long first = Long.MAX_VALUE;
    for (Turn turn : turns.values()) {
      long at = turn.acknowledgedNanos;
      if (turn.status == 200 && at >= nanos && at < first) {
        first = at;
      }
    }
    return first == Long.MAX_VALUE ? Optional.empty() : Optional.of(first);
  }

  /** Turns overtaken: a later turn was answered first though the bot already had them. */
  long orderViolations() {
    return orderViolations.get();
  }

  /**
   * A message to {@code waId} reached the sink at {@code atNanos}.
   *
   * @param body the request body, compared within the turn to find duplicates
   * @param offered the options of an interactive message; empty for others
   */
  void reply(String waId, byte[] body, List<Option> offered, long atNanos) {
    Integer learner = learnerByWaId.get(waId);
    if (learner == null) {
      stray.incrementAndGet();
      return;
    }
    LearnerBook book = books[learner];
    Turn turn;
    boolean first;
    synchronized (book) {
      turn = attribute(book);
      if (turn == null) {
        stray.incrementAndGet();
        return;
      }
      first = turn.replies == 0;
      turn.replies++;
      if (!turn.bodies.add(java.util.Arrays.hashCode(body))) {
        turn.duplicates++;
      }
      if (!offered.isEmpty()) {
        book.offered = List.copyOf(offered);
      }
    }
    if (first && turn.measured) {
      endToEnd.recordNanos(atNanos - turn.intendedNanos);
    }
  }

  private static Turn attribute(LearnerBook book) {
    if (book.current != null) {
      // The next turn may be read-marked before this one's reply leaves (another instance, or
      // a sender catching up after an outage): replies answer read-marked turns in their order.
      Turn waiting = book.awaiting.poll();
      return waiting != null ? waiting : book.current;
    }
    for (Turn turn : book.turns) {
      if (turn.replies == 0) {
        return turn;
      }
    }
    return book.turns.isEmpty() ? null : book.turns.getLast();
  }

  /** The options of the last interactive message {@code learner} received. */
  List<Option> offered(int learner) {
    LearnerBook book = books[learner];
    synchronized (book) {
      return book.offered;
    }
  }

  Optional<Turn> turn(String messageId) {
    return Optional.ofNullable(turns.get(messageId));
  }

  /**
   * Up to {@code limit} acknowledged measured turns without any reply, oldest first per learner.
   */
  List<String> lost(int limit) {
    List<String> ids = new ArrayList<>();
    for (LearnerBook book : books) {
      synchronized (book) {
        for (Turn turn : book.turns) {
          if (ids.size() < limit && turn.measured && turn.status == 200 && turn.replies == 0) {
            ids.add(turn.messageId);
          }
        }
      }
    }
    return ids;
  }

  /** Counts the measured turns as they stand now. */
  Tally tally() {
    long sent = 0;
    long acknowledged = 0;
    long errors = 0;
    long answered = 0;
    long lost = 0;
    long replies = 0;
    long duplicates = 0;
    long reprocessed = 0;
    for (LearnerBook book : books) {
      synchronized (book) {
        for (Turn turn : book.turns) {
          if (!turn.measured) {
            continue;
          }
          sent++;
          if (turn.status != 200) {
            errors++;
            continue;
          }
          acknowledged++;
          replies += turn.replies;
          duplicates += turn.duplicates;
          if (turn.readMarks > 1) {
            reprocessed++;
          }
          if (turn.replies > 0) {
            answered++;
          } else {
            lost++;
          }
        }
      }
    }
    return new Tally(
        sent, acknowledged, errors, answered, lost, replies, duplicates, reprocessed, stray.get());
  }

  /** One inbound message and what came back for it. Guarded by its learner's book. */
  static final class Turn {
    final int learner;
    final String messageId;
    final long intendedNanos;
    final boolean measured;
    volatile int status = -1;
    volatile long acknowledgedNanos;
    int readMarks;
    boolean overtaken;
    int replies;
    int duplicates;
    final Set<Integer> bodies = new HashSet<>(4);

    Turn(int learner, String messageId, long intendedNanos, boolean measured) {
      this.learner = learner;
      this.messageId = messageId;
      this.intendedNanos = intendedNanos;
      this.measured = measured;
    }
  }

  private static final class LearnerBook {
    final List<Turn> turns = new ArrayList<>(2);
    Turn current;
    final java.util.ArrayDeque<Turn> awaiting = new java.util.ArrayDeque<>(2);
    List<Option> offered = List.of();
  }
}
