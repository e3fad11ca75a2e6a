package mx.aprende.bot.whatsapp;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.outbox.OutboundLog;
import mx.aprende.bot.outbox.SentMessage;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.GraphApiException;
import mx.aprende.bot.whatsapp.client.OutboundMessage;
import mx.aprende.bot.whatsapp.client.SendResult;
import mx.aprende.bot.whatsapp.client.WhatsAppException;

/**
 * Sends a turn's replies to one learner, in order, and records each sent message so delivery
 * receipts can find it. A retryable failure is retried a couple of times right away; the durable
 * outbox with paced, backed-off retries replaces this when the message path is made crash-proof.
 */
final class WhatsAppMessenger {

  private static final Logger LOG = Logger.getLogger(WhatsAppMessenger.class.getName());
  private static final List<Duration> RETRY_DELAYS =
      List.of(Duration.ofMillis(250), Duration.ofSeconds(1));

  private final CloudApiClient client;
  private final OutboundLog log;
  private final BotMetrics metrics;
  private final InstantSource clock;
  private final WhatsAppDocuments documents;

  WhatsAppMessenger(
      CloudApiClient client,
      OutboundLog log,
      BotMetrics metrics,
      InstantSource clock,
      WhatsAppDocuments documents) {
    this.client = client;
    this.documents = documents;
    this.log = log;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Sends every reply; stops at the first message that cannot be delivered so the learner never
   * gets a later message without the earlier one.
   *
   * @return whether everything was sent
   */
  boolean send(String to, String learnerKey, List<Reply> replies) {
    for (Reply reply : replies) {
      for (OutboundMessage message : WhatsAppReplies.toMessages(reply, documents)) {
        if (!sendOne(to, learnerKey, message)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Marks the learner's message read and shows "typing…" while we prepare the answer. */
  void acknowledge(String inboundMessageId) {
    try {
      client.markRead(inboundMessageId, true);
    } catch (WhatsAppException e) {
      // Cosmetic: the reply matters, the blue ticks do not.
      LOG.log(Level.FINE, "Could not mark message read", e);
    }
  }

  private boolean sendOne(String to, String learnerKey, OutboundMessage message) {
    for (int attempt = 0; ; attempt++) {
      try {
        SendResult result = client.send(to, message);
        log.recordSent(
            new SentMessage(result.messageId(), learnerKey, message.type(), clock.instant()));
        metrics.outbound(message.type(), "sent");
        return true;
      } catch (WhatsAppException e) {
        String category = category(e);
        boolean retry = e.retryable() && attempt < RETRY_DELAYS.size();
        metrics.outbound(message.type(), retry ? "retried" : category);
        if (!retry) {
          LOG.warning("Send failed (" + category + "): " + e.getMessage());
          return false;
        }
        pause(RETRY_DELAYS.get(attempt));
      }
    }
  }

  private static String category(WhatsAppException e) {
    return e instanceof GraphApiException graph
        ? graph.advice().category().name().toLowerCase(java.util.Locale.ROOT)
        : "unavailable";
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
