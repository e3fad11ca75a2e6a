package mx.aprende.bot.reminders.whatsapp;

import java.time.InstantSource;
import java.util.Optional;
import java.util.logging.Logger;
import mx.aprende.bot.contacts.Contacts;
import mx.aprende.bot.outbox.OutboundLog;
import mx.aprende.bot.outbox.SentMessage;
import mx.aprende.bot.reminders.ProactiveSender;
import mx.aprende.bot.templates.FilledTemplate;
import mx.aprende.bot.whatsapp.client.Button;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.OutboundMessage;
import mx.aprende.bot.whatsapp.client.ReplyButtons;
import mx.aprende.bot.whatsapp.client.SendResult;
import mx.aprende.bot.whatsapp.client.WhatsAppException;

/**
 * Sends proactive messages through the Cloud API: inside the service window the template's words as
 * ordinary buttons (free, and they look like the rest of the chat), outside it the approved
 * template. Each send is recorded in the outbound log so its receipts find it. The address (a BSUID
 * or a phone number, both accepted by the Cloud API) is the learner's contact; a learner without
 * one (never wrote, or erased) gets nothing.
 */
public final class WhatsAppProactiveSender implements ProactiveSender {

  private static final Logger LOG = Logger.getLogger(WhatsAppProactiveSender.class.getName());

  private final CloudApiClient client;
  private final Contacts contacts;
  private final OutboundLog log;
  private final InstantSource clock;

  public WhatsAppProactiveSender(
      CloudApiClient client, Contacts contacts, OutboundLog log, InstantSource clock) {
    this.client = client;
    this.contacts = contacts;
    this.log = log;
    this.clock = clock;
  }

  @Override
  public boolean send(String learnerKey, FilledTemplate message, boolean windowOpen) {
    OutboundMessage outbound = windowOpen ? freeForm(message) : message.message();
    Optional<String> address = contacts.address(learnerKey);
    if (address.isEmpty()) {
      LOG.warning("Proactive " + message.template().templateName() + " not sent: no contact");
      return false;
    }
    try {
      SendResult result = client.send(address.get(), outbound);
      log.recordSent(
          new SentMessage(result.messageId(), learnerKey, outbound.type(), clock.instant()));
      return true;
    } catch (WhatsAppException e) {
      // No learner data in the log: the template name says what failed.
      LOG.warning(
          "Proactive " + message.template().templateName() + " not sent: " + e.getMessage());
      return false;
    }
  }

  static OutboundMessage freeForm(FilledTemplate message) {
    return new ReplyButtons(
        message.text(),
        message.template().quickReplies().stream()
            .map(b -> new Button(b.payload(), b.title()))
            .toList(),
        Optional.empty(),
        Optional.empty());
  }
}
