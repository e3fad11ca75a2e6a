package mx.aprende.bot.whatsapp;

import java.time.InstantSource;
import java.util.Optional;
import java.util.logging.Logger;
import mx.aprende.bot.console.learners.PersonChannel;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.outbox.OutboundLog;
import mx.aprende.bot.outbox.SentMessage;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.OutboundMessage;
import mx.aprende.bot.whatsapp.client.SendResult;
import mx.aprende.bot.whatsapp.client.Template;
import mx.aprende.bot.whatsapp.client.Text;
import mx.aprende.bot.whatsapp.client.WhatsAppException;

/**
 * What a tutor writes in the console, sent through the bot's own client and recorded in the same
 * outbound log, so delivery receipts apply to it as to any bot message. One attempt: the tutor sees
 * a failure at once and can try again.
 */
public final class WhatsAppPersonSender implements PersonChannel {

  private static final Logger LOG = Logger.getLogger(WhatsAppPersonSender.class.getName());
  private static final String LANGUAGE = "es_MX";

  private final CloudApiClient client;
  private final OutboundLog log;
  private final BotMetrics metrics;
  private final InstantSource clock;

  public WhatsAppPersonSender(
      CloudApiClient client, OutboundLog log, BotMetrics metrics, InstantSource clock) {
    this.client = client;
    this.log = log;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public Optional<String> sendText(String address, String learnerKey, String text) {
    return send(address, learnerKey, Text.of(text));
  }

  @Override
  public Optional<String> sendTemplate(String address, String learnerKey, String templateName) {
    return send(address, learnerKey, Template.of(templateName, LANGUAGE));
  }

  private Optional<String> send(String address, String learnerKey, OutboundMessage message) {
    try {
      SendResult result = client.send(address, message);
      log.recordSent(
          new SentMessage(result.messageId(), learnerKey, message.type(), clock.instant()));
      metrics.outbound(message.type(), "sent");
      return Optional.of(result.messageId());
    } catch (WhatsAppException e) {
      metrics.outbound(message.type(), "failed");
      LOG.warning("A tutor's message was not sent: " + e.getMessage());
      return Optional.empty();
    }
  }
}
