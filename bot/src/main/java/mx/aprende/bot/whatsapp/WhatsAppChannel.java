package mx.aprende.bot.whatsapp;

import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import mx.aprende.bot.console.learners.PersonChannel;
import mx.aprende.bot.contacts.Contacts;
import mx.aprende.bot.conversation.Conversations;
import mx.aprende.bot.inbox.FloodGuard;
import mx.aprende.bot.inbox.Inbox;
import mx.aprende.bot.inbox.InboxPurge;
import mx.aprende.bot.inbox.LearnerLanes;
import mx.aprende.bot.inbox.Leases;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.outbox.OutboundLog;
import mx.aprende.bot.outbox.Outbox;
import mx.aprende.bot.outbox.OutboxSender;
import mx.aprende.bot.outbox.Sequencer;
import mx.aprende.bot.privacy.crypto.LearnerKeys;
import mx.aprende.bot.tutor.Transcriber;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.wire.WebhookParser;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;

/**
 * The WhatsApp channel assembled: the webhook service to route at {@code /webhook}, the processor
 * that answers stored messages and the sender that empties the outbox. Call {@link #start()} once
 * the server listens, and {@link #close()} after the learner lanes are drained.
 *
 * @param webhook the HTTP service for {@code /webhook}
 * @param processor processes stored messages
 * @param sender sends what the processor put in the outbox
 * @param persons what staff write to a learner, put in the same outbox (behind the bot's replies)
 * @param timer lease renewals and lease-busy retries
 */
public record WhatsAppChannel(
    WebhookService webhook,
    WhatsAppInboundProcessor processor,
    OutboxSender sender,
    PersonChannel persons,
    ScheduledExecutorService timer)
    implements AutoCloseable {

  /**
   * What the channel needs from the rest of the bot; {@code transcriber} hears voice notes ({@link
   * Transcriber#NONE} for the polite fallback) within {@code transcriptionTimeout}, download
   * included; {@code storeOutage} tells a failure that means the store cannot be reached for now (a
   * turn that meets one waits and runs again) from any other (the learner gets an apology); {@code
   * oldestFirst} answers a learner's earlier pending messages before the one at hand, which keeps
   * their order when other bot instances share the store (one of them may have stored an earlier
   * message and be waiting for the learner's lease).
   */
  public record Parts(
      String verifyToken,
      String appSecret,
      long maxWebhookBytes,
      CloudApiClient client,
      Inbox inbox,
      OutboundLog outboundLog,
      Outbox outbox,
      Leases leases,
      Runnable makeDurable,
      Conversations conversations,
      LearnerLanes lanes,
      BotMetrics metrics,
      InstantSource clock,
      RandomGenerator random,
      OutboxSender.Settings sending,
      Duration leaseTtl,
      FloodGuard.Settings flood,
      Duration inboxRetention,
      WhatsAppDocuments documents,
      Transcriber transcriber,
      Duration transcriptionTimeout,
      LearnerKeys learnerKeys,
      Contacts contacts,
      Predicate<Throwable> storeOutage,
      boolean oldestFirst) {}

  /** How often processed inbound messages past the retention are deleted. */
  private static final Duration PURGE_EVERY = Duration.ofHours(1);

  public static WhatsAppChannel create(Parts parts) {
    WebhookParser parser = new WebhookParser();
    WhatsAppMessenger messenger =
        new WhatsAppMessenger(parts.client(), new Sequencer(parts.clock()), parts.documents());
    OutboxSender sender =
        new OutboxSender(
            parts.outbox(),
            messenger,
            parts.sending(),
            parts.metrics(),
            parts.clock(),
            parts.random());
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("whatsapp-timer").daemon().factory());
    WhatsAppInboundProcessor processor =
        new WhatsAppInboundProcessor(
            parts.inbox(),
            parts.contacts(),
            parts.outbox(),
            sender,
            parts.leases(),
            new WhatsAppInboundProcessor.LeaseSettings(
                parts.leaseTtl(),
                Duration.ofMillis(Math.max(20, parts.leaseTtl().toMillis() / 100))),
            new FloodGuard(parts.flood(), parts.clock()),
            parser,
            parts.conversations(),
            new VoiceTurns(
                VoiceTurns.graphApi(parts.client()),
                parts.transcriber(),
                parts.transcriptionTimeout()),
            messenger,
            parts.lanes(),
            timer,
            parts.metrics(),
            parts.clock(),
            parts.storeOutage(),
            parts.oldestFirst());
    WebhookService webhook =
        new WebhookService(
            parts.verifyToken(),
            WebhookSignature.create(parts.appSecret()),
            parser,
            parts.inbox(),
            parts.learnerKeys(),
            parts.outboundLog(),
            parts.outbox(),
            parts.makeDurable(),
            processor::dispatch,
            parts.metrics(),
            parts.clock(),
            parts.maxWebhookBytes());
    InboxPurge purge = new InboxPurge(parts.inbox(), parts.inboxRetention(), parts.clock());
    timer.scheduleWithFixedDelay(
        purge,
        PURGE_EVERY.toMinutes(),
        PURGE_EVERY.toMinutes(),
        java.util.concurrent.TimeUnit.MINUTES);
    PersonChannel persons =
        new WhatsAppPersonSender(parts.outbox(), messenger, sender, parts.random());
    return new WhatsAppChannel(webhook, processor, sender, persons, timer);
  }

  /**
   * Queues the messages a previous run stored but did not process. Called before the webhook
   * listens, so each learner's new messages queue behind their older ones on the same lane.
   */
  public void resume() {
    processor.resumeUnfinished();
  }

  /** Starts sending: what a previous run left in the outbox, and every reply from now on. */
  public void start() {
    sender.start();
  }

  /** Stops sending (unsent messages stay in the outbox) and the timer. */
  @Override
  public void close() {
    timer.shutdownNow();
    sender.close();
  }
}
