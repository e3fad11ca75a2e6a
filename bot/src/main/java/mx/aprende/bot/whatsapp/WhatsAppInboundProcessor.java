package mx.aprende.bot.whatsapp;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.contacts.Contacts;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Conversations;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.conversation.ReplyPacing;
import mx.aprende.bot.inbox.FloodGuard;
import mx.aprende.bot.inbox.HeldLeases;
import mx.aprende.bot.inbox.InboundRecord;
import mx.aprende.bot.inbox.Inbox;
import mx.aprende.bot.inbox.LearnerLanes;
import mx.aprende.bot.inbox.Leases;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.outbox.Outbox;
import mx.aprende.bot.outbox.OutboxItem;
import mx.aprende.bot.outbox.OutboxSender;
import mx.aprende.bot.whatsapp.wire.InboundMessage;
import mx.aprende.bot.whatsapp.wire.Sender;
import mx.aprende.bot.whatsapp.wire.WebhookParser;

/**
 * Processes stored WhatsApp messages exactly once, one learner at a time and in order: in this
 * process through {@link LearnerLanes}, across bot instances through a per-learner lease.
 *
 * <p>For each message: re-read it from the inbox (what is stored is what gets processed), hear a
 * voice note as text when a transcriber is configured ({@link VoiceTurns}), ask the conversation
 * for replies, write the replies to the durable outbox (ids derived from the message id, so a
 * re-run cannot enqueue twice), then mark the message processed and hand the replies to the sender.
 * A turn cut by a crash or a store outage is not replayed: after the enqueue the outbox already
 * holds the answer; after the session's save the session holds the replies ({@link
 * mx.aprende.bot.conversation.SessionStore}); before it nothing of the turn's conversation was
 * kept. A store outage mid-turn waits on the learner's lane and the turn runs again when the store
 * answers; any other failure gets the learner an apology. Learners who flood get one kind notice,
 * then silence.
 */
public final class WhatsAppInboundProcessor {

  private static final Logger LOG = Logger.getLogger(WhatsAppInboundProcessor.class.getName());
  private static final String SORRY =
      "Uy, algo falló de mi lado. 😔 Intenta de nuevo en un momento, por favor.";
  static final String SLOW_DOWN =
      "Me llegaron muchos mensajes seguidos. 🙂 Espera un momento y escríbeme otra vez. Aquí sigo.";

  /** Earlier messages of one learner answered before the current one, at most. */
  private static final int EARLIER_AT_MOST = 50;

  private static final Duration STORE_RETRY_FIRST = Duration.ofMillis(250);
  private static final Duration STORE_RETRY_CAP = Duration.ofSeconds(5);

  /**
   * Lease timing.
   *
   * @param ttl how long a lease lasts without renewal (an instance that dies blocks its learners at
   *     most this long)
   * @param retry how soon to try again when another instance holds the learner
   */
  public record LeaseSettings(Duration ttl, Duration retry) {}

  private final Inbox inbox;
  private final Contacts contacts;
  private final Outbox outbox;
  private final OutboxSender sender;
  private final LeaseSettings leaseSettings;
  private final FloodGuard flood;
  private final WebhookParser parser;
  private final Conversations conversations;
  private final VoiceTurns voice;
  private final WhatsAppMessenger messenger;
  private final LearnerLanes lanes;
  private final ScheduledExecutorService timer;
  private final BotMetrics metrics;
  private final InstantSource clock;
  private final HeldLeases held;
  private final Predicate<Throwable> storeOutage;
  private final boolean oldestFirst;

  WhatsAppInboundProcessor(
      Inbox inbox,
      Contacts contacts,
      Outbox outbox,
      OutboxSender sender,
      Leases leases,
      LeaseSettings leaseSettings,
      FloodGuard flood,
      WebhookParser parser,
      Conversations conversations,
      VoiceTurns voice,
      WhatsAppMessenger messenger,
      LearnerLanes lanes,
      ScheduledExecutorService timer,
      BotMetrics metrics,
      InstantSource clock,
      Predicate<Throwable> storeOutage,
      boolean oldestFirst) {
    this.inbox = inbox;
    this.contacts = contacts;
    this.outbox = outbox;
    this.sender = sender;
    this.leaseSettings = leaseSettings;
    this.flood = flood;
    this.parser = parser;
    this.conversations = conversations;
    this.voice = voice;
    this.messenger = messenger;
    this.lanes = lanes;
    this.timer = timer;
    this.metrics = metrics;
    this.clock = clock;
    this.storeOutage = storeOutage;
    this.oldestFirst = oldestFirst;
    this.held = new HeldLeases(leases, leaseSettings.ttl(), clock);
    long renewEvery = Math.max(1, leaseSettings.ttl().toMillis() / 3);
    timer.scheduleWithFixedDelay(held::renewAll, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
  }

  /** Queues a stored message on its learner's lane. */
  void dispatch(String learnerKey, String messageId) {
    held.queued(learnerKey);
    lanes.submit(learnerKey, () -> process(learnerKey, messageId));
  }

  /** Queues every message stored but not processed before the last stop. */
  public int resumeUnfinished() {
    List<InboundRecord> pending = inbox.unfinished(10_000);
    pending.forEach(record -> dispatch(record.learnerKey(), record.messageId()));
    if (!pending.isEmpty()) {
      LOG.info(
          "Resuming " + pending.size() + " inbound messages left unprocessed at the last stop");
    }
    return pending.size();
  }

  /**
   * Processes one message under the learner's lease, or tries again later if a peer holds it. The
   * lease is taken by the first message of a busy spell and given back when the learner's lane has
   * nothing more queued, so a backlog costs one acquire and one release per learner, not per
   * message.
   */
  void process(String learnerKey, String messageId) {
    try {
      untilStoreAnswers(
          messageId,
          () -> {
            if (!held.hold(learnerKey)) {
              metrics.inbound("unknown", "lease_busy");
              timer.schedule(
                  () -> dispatch(learnerKey, messageId),
                  leaseSettings.retry().toMillis(),
                  TimeUnit.MILLISECONDS);
              return;
            }
            process(messageId);
          });
    } finally {
      held.finished(learnerKey);
    }
  }

  /**
   * Runs {@code step} again while the store cannot be reached. Without this a message acknowledged
   * just before a MongoDB outage failed mid-turn (even recording the failure failed) and stayed
   * pending until the next start-up: never answered while the bot ran on. It keeps the learner's
   * lane while it waits, so their later messages cannot overtake it (a reschedule to the lane's
   * tail would); an interrupt (shutdown) leaves the message pending for the start-up resume.
   */
  private void untilStoreAnswers(String messageId, Runnable step) {
    long pause = STORE_RETRY_FIRST.toNanos();
    while (true) {
      try {
        step.run();
        return;
      } catch (RuntimeException e) {
        if (!storeOutage.test(e)) {
          throw e;
        }
        LOG.warning("Store unavailable; message " + messageId + " waits for it: " + e);
      }
      try {
        Thread.sleep(Duration.ofNanos(pause));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      pause = Math.min(pause * 2, STORE_RETRY_CAP.toNanos());
    }
  }

  void process(String messageId) {
    InboundRecord record = inbox.findUnprocessed(messageId).orElse(null);
    if (record == null) {
      return;
    }
    if (oldestFirst) {
      // A peer may have stored earlier messages of this learner and be waiting for the lease we
      // hold: answer them first. Their copy on the peer's lane then finds them processed.
      for (InboundRecord earlier : inbox.pendingBefore(record, EARLIER_AT_MOST)) {
        metrics.inbound("unknown", "taken_in_order");
        process(earlier);
      }
    }
    process(record);
  }

  private void process(InboundRecord record) {
    String messageId = record.messageId();
    String to = record.senderPhone().or(record::senderUserId).orElse(record.learnerKey());
    List<OutboxItem> items = List.of();
    try {
      if (outbox.answered(messageId)) {
        // A crash hit between enqueueing the answer and marking the message: don't replay the turn.
        metrics.inbound("unknown", "answered_before_crash");
      } else {
        items = answer(record, to);
        outbox.enqueue(items);
        // Offered as soon as they are durable, not after the marking: if the marking fails (store
        // outage) the retry finds the turn answered and has no items to offer, and these would
        // wait in the outbox for the next start-up.
        sender.offer(items);
      }
      inbox.markProcessed(messageId, clock.instant());
      metrics.replyLatency(Duration.between(record.receivedAt(), clock.instant()));
    } catch (RuntimeException e) {
      if (storeOutage.test(e)) {
        // Not the turn's fault: it runs again when the store answers. Whatever it saved before the
        // outage is found then (the session keeps the replies it saved), so nothing is replayed.
        throw e;
      }
      // Message ids are not personal data; they let support find the stored record.
      LOG.log(Level.WARNING, "Failed to process inbound message " + messageId, e);
      inbox.markFailed(messageId, clock.instant(), e.getClass().getSimpleName());
      metrics.inbound("unknown", "failed");
      // The apology takes the answer's place (#0): the learner is asked to write again, so the
      // start-up retry of this message finds it answered and does not replay the failed turn.
      apologise(messageId, record.learnerKey(), to);
    }
  }

  private List<OutboxItem> answer(InboundRecord record, String to) {
    String messageId = record.messageId();
    // Before the conversation: an erasure in this turn must find (and delete) the contact.
    contacts.remember(record.learnerKey(), to);
    outbox.reopenWindow(record.learnerKey(), clock.instant());
    FloodGuard.Verdict verdict = flood.admit(record.learnerKey());
    if (verdict != FloodGuard.Verdict.ALLOW) {
      metrics.throttled(verdict.name().toLowerCase(java.util.Locale.ROOT));
      return verdict == FloodGuard.Verdict.NOTICE
          ? messenger.items(messageId, record.learnerKey(), to, List.of(new Reply.Text(SLOW_DOWN)))
          : List.of();
    }
    Sender senderInfo =
        new Sender(
            record.senderUserId(), record.senderPhone(), record.profileName(), Optional.empty());
    InboundMessage message =
        parser.restore(record.rawMessage(), senderInfo, record.businessNumberId());
    VoiceTurns.Heard heard = voice.turn(record.learnerKey(), message);
    Conversation.Outcome outcome = conversations.handle(heard.turn());
    List<OutboxItem> items =
        messenger.items(
            messageId, record.learnerKey(), to, ReplyPacing.merge(heard.before(outcome.replies())));
    messenger.acknowledgeWith(items, messageId);
    metrics.inbound(message.content().type(), "processed");
    return items;
  }

  private void apologise(String messageId, String learnerKey, String to) {
    try {
      List<OutboxItem> sorry =
          messenger.items(messageId, learnerKey, to, List.of(new Reply.Text(SORRY)));
      outbox.enqueue(sorry);
      sender.offer(sorry);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not enqueue the apology for " + messageId, e);
    }
  }
}
