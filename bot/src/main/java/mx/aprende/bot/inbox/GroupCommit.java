package mx.aprende.bot.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stores the inbound messages of many concurrent webhooks with one batched write and one durability
 * commit, and returns to each caller only once its own messages are durable.
 *
 * <p>No timer and no fixed wait: the first caller to find no write in progress becomes the leader,
 * takes everything queued so far, writes it ({@link Inbox#acceptAll}) and makes it durable; callers
 * arriving meanwhile queue up and are written together by the next leader. When idle a webhook is
 * written alone at once; under load the batch grows with the write time, which is what keeps the
 * cost per message falling as the rate rises.
 *
 * <p>A failed write or commit fails every caller of that batch with {@link
 * InboxUnavailableException}, so each of them answers 503 and the channel retries; ids already
 * stored then come back as duplicates, never processed twice. So does a caller arriving when {@link
 * #MAX_WAITING} are already waiting: the store is not keeping up.
 */
public final class GroupCommit {

  /**
   * Webhooks allowed to wait behind the write in progress. Beyond it the store is not keeping up:
   * answering 503 at once (Meta retries later) beats holding thousands of requests open.
   */
  static final int MAX_WAITING = 2_000;

  private final Inbox inbox;
  private final Runnable makeDurable;
  private final int maxWaiting;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition done = lock.newCondition();
  private List<Request> queue = new ArrayList<>();
  private boolean writing;

  /**
   * @param inbox where the messages go
   * @param makeDurable makes everything written so far survive a crash of the process
   */
  public GroupCommit(Inbox inbox, Runnable makeDurable) {
    this(inbox, makeDurable, MAX_WAITING);
  }

  GroupCommit(Inbox inbox, Runnable makeDurable, int maxWaiting) {
    this.inbox = inbox;
    this.makeDurable = makeDurable;
    this.maxWaiting = maxWaiting;
  }

  /** One caller's messages and, once its batch is written, the outcome. */
  private static final class Request {
    final List<InboundRecord> records;
    List<Inbox.Acceptance> result;
    RuntimeException failure;

    Request(List<InboundRecord> records) {
      this.records = records;
    }

    boolean finished() {
      return result != null || failure != null;
    }
  }

  /**
   * Stores {@code records} (possibly none: then it only waits for everything written before to be
   * durable) and returns, in the same order, whether each was new.
   *
   * @throws InboxUnavailableException when the batch could not be written or made durable
   */
  public List<Inbox.Acceptance> accept(List<InboundRecord> records) {
    Request mine = new Request(List.copyOf(records));
    lock.lock();
    try {
      if (writing && queue.size() >= maxWaiting) {
        throw new InboxUnavailableException(
            "Over " + maxWaiting + " webhooks waiting for the inbox; asking the channel to retry",
            null);
      }
      queue.add(mine);
      while (!mine.finished()) {
        if (writing) {
          done.awaitUninterruptibly();
          continue;
        }
        List<Request> batch = queue;
        queue = new ArrayList<>();
        writing = true;
        lock.unlock();
        try {
          write(batch);
        } finally {
          lock.lock();
          writing = false;
          done.signalAll();
        }
      }
    } finally {
      lock.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.result;
  }

  /** Callers queued behind the write in progress (tests). */
  int waiting() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  /** Writes and commits one batch; runs outside the lock, by one leader at a time. */
  private void write(List<Request> batch) {
    List<InboundRecord> all = new ArrayList<>();
    batch.forEach(request -> all.addAll(request.records));
    List<Inbox.Acceptance> results;
    try {
      results = all.isEmpty() ? List.of() : inbox.acceptAll(all);
      makeDurable.run();
    } catch (InboxUnavailableException e) {
      fail(batch, e);
      return;
    } catch (RuntimeException e) {
      fail(batch, new InboxUnavailableException("Inbound messages could not be made durable", e));
      return;
    }
    int next = 0;
    for (Request request : batch) {
      int size = request.records.size();
      request.result = List.copyOf(results.subList(next, next + size));
      next += size;
    }
  }

  private static void fail(List<Request> batch, InboxUnavailableException e) {
    batch.forEach(request -> request.failure = e);
  }
}
