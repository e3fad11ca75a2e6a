package mx.aprende.bot.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the bot sent through the fake Graph API, per recipient, in order. In memory (Caffeine,
 * bounded and expiring) because it is a development aid, not data: the bot's own records are in
 * MongoDB.
 */
public final class CapturedMessages {

  /**
   * One captured request.
   *
   * @param seq global, increasing: the page asks for everything after the last seq it has
   * @param messageId the wamid the fake answered with
   * @param body the raw request body the bot sent
   */
  public record Captured(long seq, Instant at, String messageId, String recipient, JsonNode body) {}

  private final AtomicLong seq = new AtomicLong();
  private final Cache<String, List<Captured>> byRecipient =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofHours(12)).build();
  private final Cache<String, String> recipientByMessage =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(Duration.ofHours(12)).build();

  Captured add(String recipient, String messageId, Instant at, JsonNode body) {
    List<Captured> list = byRecipient.get(recipient, k -> new ArrayList<>());
    synchronized (list) {
      Captured captured = new Captured(seq.incrementAndGet(), at, messageId, recipient, body);
      list.add(captured);
      recipientByMessage.put(messageId, recipient);
      return captured;
    }
  }

  /** Everything sent to {@code recipient} after {@code afterSeq}, oldest first. */
  public List<Captured> after(String recipient, long afterSeq) {
    List<Captured> list = byRecipient.getIfPresent(recipient);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return list.stream().filter(c -> c.seq() > afterSeq).toList();
    }
  }

  /** Remembers which chat an inbound message came from, so its read receipt lands there. */
  void registerInbound(String messageId, String waId) {
    recipientByMessage.put(messageId, waId);
  }

  Optional<String> recipientOf(String messageId) {
    return Optional.ofNullable(recipientByMessage.getIfPresent(messageId));
  }

  void reset(String recipient) {
    byRecipient.invalidate(recipient);
  }
}
