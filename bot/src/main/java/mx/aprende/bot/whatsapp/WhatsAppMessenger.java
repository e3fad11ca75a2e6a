package mx.aprende.bot.whatsapp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.outbox.OutboundChannel;
import mx.aprende.bot.outbox.OutboxItem;
import mx.aprende.bot.outbox.SendOutcome;
import mx.aprende.bot.outbox.Sequencer;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.ErrorAdvice;
import mx.aprende.bot.whatsapp.client.GraphApiException;
import mx.aprende.bot.whatsapp.client.GraphUnavailableException;
import mx.aprende.bot.whatsapp.client.OutboundMessage;
import mx.aprende.bot.whatsapp.client.PreparedMessage;
import mx.aprende.bot.whatsapp.client.WhatsAppException;

/**
 * The WhatsApp side of the outbox: turns a turn's replies into rendered outbox items (checked
 * against WhatsApp's limits before they are stored), and sends one item at a time, translating
 * every Graph failure into a {@link SendOutcome} from its error code (reference §7). It never
 * retries itself: the outbox sender paces and backs off.
 */
final class WhatsAppMessenger implements OutboundChannel {

  private static final Logger LOG = Logger.getLogger(WhatsAppMessenger.class.getName());

  /** Timeouts and bare 5xx/429 say nothing about the request; give them generous retries. */
  static final int UNAVAILABLE_ATTEMPTS = 10;

  private final CloudApiClient client;
  private final Sequencer sequencer;
  private final WhatsAppDocuments documents;

  /**
   * Inbound message ids to mark read, by the id of the outbox item that answers them first. Kept in
   * memory only: after a restart a resumed answer goes out without its read mark (cosmetic).
   */
  private final Cache<String, String> readMarks =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();

  WhatsAppMessenger(CloudApiClient client, Sequencer sequencer, WhatsAppDocuments documents) {
    this.client = client;
    this.sequencer = sequencer;
    this.documents = documents;
  }

  /**
   * The outbox items that answer {@code sourceMessageId}, in order, with ids {@code <source>#0},
   * {@code #1}...
   */
  List<OutboxItem> items(
      String sourceMessageId, String learnerKey, String to, List<Reply> replies) {
    List<OutboxItem> items = new ArrayList<>();
    for (Reply reply : replies) {
      for (OutboundMessage message : WhatsAppReplies.toMessages(reply, documents)) {
        items.add(item(OutboxItem.idFor(sourceMessageId, items.size()), learnerKey, to, message));
      }
    }
    return items;
  }

  /**
   * One message rendered as an outbox item with the given id, sequenced after everything this
   * messenger prepared before (so it queues behind the bot's earlier replies to the learner).
   */
  OutboxItem item(String id, String learnerKey, String to, OutboundMessage message) {
    PreparedMessage prepared = client.prepare(message);
    return new OutboxItem(id, learnerKey, to, sequencer.next(), prepared.type(), prepared.json());
  }

  /**
   * Marks {@code inboundMessageId} read (and shows "typing…") right before the first of {@code
   * items} is sent, not now: under a backlog a turn is decided well before the outbox reaches its
   * answer, and blue ticks long before the answer would promise what is still queued. It also keeps
   * read marks in the learner's order with the answers.
   */
  void acknowledgeWith(List<OutboxItem> items, String inboundMessageId) {
    if (!items.isEmpty()) {
      readMarks.put(items.getFirst().id(), inboundMessageId);
    }
  }

  /** Marks the learner's message read and shows "typing…" until the answer arrives. */
  private void acknowledge(String inboundMessageId) {
    try {
      client.markRead(inboundMessageId, true);
    } catch (WhatsAppException e) {
      // Cosmetic: the reply matters, the blue ticks do not.
      LOG.log(Level.FINE, "Could not mark message read", e);
    }
  }

  @Override
  public SendOutcome send(OutboxItem item) {
    String toMarkRead = readMarks.asMap().remove(item.id());
    if (toMarkRead != null) {
      acknowledge(toMarkRead);
    }
    try {
      return new SendOutcome.Sent(
          client
              .send(item.recipient(), new PreparedMessage(item.type(), item.payload()))
              .messageId());
    } catch (GraphApiException e) {
      return outcome(e);
    } catch (GraphUnavailableException e) {
      boolean throttled = e.httpStatus().orElse(0) == 429;
      return new SendOutcome.Retry(
          throttled ? "http_429" : "unavailable", throttled, UNAVAILABLE_ATTEMPTS);
    } catch (WhatsAppException | IllegalArgumentException e) {
      return new SendOutcome.Permanent(e.getClass().getSimpleName());
    } catch (RuntimeException e) {
      // Helidon reports some read timeouts as a bare RuntimeException from its socket monitor:
      // the request may or may not have arrived, exactly like a timeout.
      return new SendOutcome.Retry("transport_error", false, UNAVAILABLE_ATTEMPTS);
    }
  }

  static SendOutcome outcome(GraphApiException e) {
    ErrorAdvice advice = e.advice();
    String reason = "graph_" + e.code() + "_" + advice.category().name().toLowerCase(Locale.ROOT);
    return switch (advice.category()) {
      case AUTH, ACCOUNT_BLOCKED -> new SendOutcome.Halt(reason);
      case WINDOW_CLOSED -> new SendOutcome.WindowClosed(reason);
      case THROTTLED -> new SendOutcome.Retry(reason, true, advice.maxRetries() + 1);
      case PAIR_RATE_LIMITED, TRANSIENT, UNKNOWN ->
          advice.retryable()
              ? new SendOutcome.Retry(reason, false, advice.maxRetries() + 1)
              : new SendOutcome.Permanent(reason);
      case RECIPIENT_UNREACHABLE,
          TEMPLATE_PROBLEM,
          MEDIA_PROBLEM,
          BAD_REQUEST,
          MARKETING_LIMIT,
          QUALITY,
          CONFIG,
          IGNORABLE ->
          new SendOutcome.Permanent(reason);
    };
  }
}
