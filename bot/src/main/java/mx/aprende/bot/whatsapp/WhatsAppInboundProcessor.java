package mx.aprende.bot.whatsapp;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Conversations;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.conversation.ReplyPacing;
import mx.aprende.bot.inbox.InboundRecord;
import mx.aprende.bot.inbox.Inbox;
import mx.aprende.bot.inbox.LearnerLanes;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.whatsapp.wire.InboundMessage;
import mx.aprende.bot.whatsapp.wire.Sender;
import mx.aprende.bot.whatsapp.wire.WebhookParser;

/**
 * Processes stored WhatsApp messages: one learner at a time, in order, each exactly once per
 * process. It re-reads the message from the inbox (what is stored is what gets processed), asks the
 * conversation for replies and sends them.
 */
public final class WhatsAppInboundProcessor {

  private static final Logger LOG = Logger.getLogger(WhatsAppInboundProcessor.class.getName());
  private static final String SORRY =
      "Uy, algo falló de mi lado. 😔 Intenta de nuevo en un momento, por favor.";

  private final Inbox inbox;
  private final WebhookParser parser;
  private final Conversations conversations;
  private final WhatsAppMessenger messenger;
  private final LearnerLanes lanes;
  private final BotMetrics metrics;
  private final InstantSource clock;

  WhatsAppInboundProcessor(
      Inbox inbox,
      WebhookParser parser,
      Conversations conversations,
      WhatsAppMessenger messenger,
      LearnerLanes lanes,
      BotMetrics metrics,
      InstantSource clock) {
    this.inbox = inbox;
    this.parser = parser;
    this.conversations = conversations;
    this.messenger = messenger;
    this.lanes = lanes;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Queues a stored message on its learner's lane. */
  void dispatch(String learnerKey, String messageId) {
    lanes.submit(learnerKey, () -> process(messageId));
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

  void process(String messageId) {
    InboundRecord record = inbox.find(messageId).orElse(null);
    if (record == null || inbox.isProcessed(messageId)) {
      return;
    }
    String to = record.senderPhone().or(record::senderUserId).orElse(record.learnerKey());
    try {
      Sender sender =
          new Sender(
              record.senderUserId(),
              record.senderPhone(),
              record.profileName(),
              java.util.Optional.empty());
      InboundMessage message =
          parser.restore(record.rawMessage(), sender, record.businessNumberId());
      Conversation.Outcome outcome = conversations.handle(WhatsAppTurns.toTurn(message));
      List<Reply> replies = ReplyPacing.merge(outcome.replies());
      if (!replies.isEmpty()) {
        messenger.acknowledge(messageId);
        messenger.send(to, record.learnerKey(), replies);
      }
      inbox.markProcessed(messageId, clock.instant());
      metrics.inbound(message.content().type(), "processed");
      metrics.replyLatency(Duration.between(record.receivedAt(), clock.instant()));
    } catch (RuntimeException e) {
      // Message ids are not personal data; they let support find the stored record.
      LOG.log(Level.WARNING, "Failed to process inbound message " + messageId, e);
      inbox.markFailed(messageId, clock.instant(), e.getClass().getSimpleName());
      metrics.inbound("unknown", "failed");
      messenger.send(to, record.learnerKey(), List.of(new Reply.Text(SORRY)));
    }
  }
}
