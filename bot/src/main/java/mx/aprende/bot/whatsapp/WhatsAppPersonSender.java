package mx.aprende.bot.whatsapp;

import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import mx.aprende.bot.console.learners.PersonChannel;
import mx.aprende.bot.console.learners.SendResult;
import mx.aprende.bot.outbox.Outbox;
import mx.aprende.bot.outbox.OutboxItem;
import mx.aprende.bot.outbox.OutboxSender;
import mx.aprende.bot.templates.MessageTemplate;
import mx.aprende.bot.whatsapp.client.OutboundMessage;
import mx.aprende.bot.whatsapp.client.Template;
import mx.aprende.bot.whatsapp.client.Text;
import mx.aprende.bot.whatsapp.client.WhatsAppException;
import mx.aprende.bot.whatsapp.client.WhatsAppLimits;

/**
 * What a tutor writes in the console, put in the same durable outbox as the bot's replies: it is
 * sent by the same paced workers, retried the same way, and queued after whatever the bot already
 * has on its way to that learner. Each staff action gets a fresh random action id, and its item id
 * is {@code <action id>#0}, so it can never collide with a reply to an inbound message.
 *
 * <p>An accepted result carries the outbox item's id: the message is accepted once it is stored,
 * not once WhatsApp took it. Free text is refused ({@link SendResult.WindowClosed}) while the
 * outbox knows the learner's window is closed (WhatsApp would refuse it too); the template is what
 * reaches them then. A message over WhatsApp's limits is {@link SendResult.TooLong}; a storage
 * failure {@link SendResult.Unavailable}.
 */
public final class WhatsAppPersonSender implements PersonChannel {

  private static final Logger LOG = Logger.getLogger(WhatsAppPersonSender.class.getName());
  private static final String LANGUAGE = "es_MX";

  /**
   * Distinguishes staff actions from inbound message ids (WhatsApp's start with {@code wamid.}).
   */
  static final String ACTION_PREFIX = "staff.";

  private final Outbox outbox;
  private final WhatsAppMessenger messenger;
  private final OutboxSender sender;
  private final RandomGenerator random;

  WhatsAppPersonSender(
      Outbox outbox, WhatsAppMessenger messenger, OutboxSender sender, RandomGenerator random) {
    this.outbox = outbox;
    this.messenger = messenger;
    this.sender = sender;
    this.random = random;
  }

  @Override
  public SendResult sendText(String address, String learnerKey, String text) {
    try {
      if (outbox.windowClosed(learnerKey)) {
        LOG.info("A tutor's text was refused: the learner's 24-hour window is closed");
        return new SendResult.WindowClosed();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox unavailable; a tutor's message was not stored", e);
      return new SendResult.Unavailable();
    }
    return enqueue(address, learnerKey, Text.of(text));
  }

  @Override
  public SendResult sendTemplate(String address, String learnerKey, String templateName) {
    // Meta rejects a template sent without the parameters its approved body has.
    OutboundMessage message =
        MessageTemplate.named(templateName)
            .<OutboundMessage>map(t -> t.fillGeneric().message())
            .orElseGet(() -> Template.of(templateName, LANGUAGE));
    return enqueue(address, learnerKey, message);
  }

  private SendResult enqueue(String address, String learnerKey, OutboundMessage message) {
    List<OutboxItem> items;
    try {
      items =
          List.of(messenger.item(OutboxItem.idFor(actionId(), 0), learnerKey, address, message));
    } catch (WhatsAppException | IllegalArgumentException e) {
      LOG.warning("A tutor's message does not fit WhatsApp's limits: " + e.getMessage());
      return new SendResult.TooLong(WhatsAppLimits.TEXT_BODY_MAX);
    }
    try {
      outbox.enqueue(items);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox unavailable; a tutor's message was not stored", e);
      return new SendResult.Unavailable();
    }
    sender.offer(items);
    return new SendResult.Accepted(items.getFirst().id());
  }

  /** A new id for one staff action: 128 random bits. */
  private String actionId() {
    return ACTION_PREFIX
        + HexFormat.of().toHexDigits(random.nextLong())
        + HexFormat.of().toHexDigits(random.nextLong());
  }
}
