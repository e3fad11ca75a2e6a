package mx.aprende.bot.whatsapp;

import java.time.InstantSource;
import mx.aprende.bot.conversation.Conversations;
import mx.aprende.bot.inbox.Inbox;
import mx.aprende.bot.inbox.LearnerLanes;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.outbox.OutboundLog;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.wire.WebhookParser;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;

/**
 * The WhatsApp channel assembled: the webhook service to route at {@code /webhook} and the
 * processor that answers stored messages.
 *
 * @param webhook the HTTP service for {@code /webhook}
 * @param processor processes stored messages; call {@link
 *     WhatsAppInboundProcessor#resumeUnfinished()} once at start-up
 */
public record WhatsAppChannel(WebhookService webhook, WhatsAppInboundProcessor processor) {

  /** What the channel needs from the rest of the bot. */
  public record Parts(
      String verifyToken,
      String appSecret,
      long maxWebhookBytes,
      CloudApiClient client,
      Inbox inbox,
      OutboundLog outboundLog,
      Runnable makeDurable,
      Conversations conversations,
      LearnerLanes lanes,
      BotMetrics metrics,
      InstantSource clock,
      WhatsAppDocuments documents) {}

  public static WhatsAppChannel create(Parts parts) {
    WebhookParser parser = new WebhookParser();
    WhatsAppMessenger messenger =
        new WhatsAppMessenger(
            parts.client(), parts.outboundLog(), parts.metrics(), parts.clock(), parts.documents());
    WhatsAppInboundProcessor processor =
        new WhatsAppInboundProcessor(
            parts.inbox(),
            parser,
            parts.conversations(),
            messenger,
            parts.lanes(),
            parts.metrics(),
            parts.clock());
    WebhookService webhook =
        new WebhookService(
            parts.verifyToken(),
            WebhookSignature.create(parts.appSecret()),
            parser,
            parts.inbox(),
            parts.outboundLog(),
            parts.makeDurable(),
            processor,
            parts.metrics(),
            parts.clock(),
            parts.maxWebhookBytes());
    return new WhatsAppChannel(webhook, processor);
  }
}
