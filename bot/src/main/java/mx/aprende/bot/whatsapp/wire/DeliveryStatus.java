package mx.aprende.bot.whatsapp.wire;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of a message we sent, as reported by status webhooks. Receipts arrive out of order, so
 * storage keeps the highest {@link #rank()} seen; {@link #FAILED} ranks highest because it is
 * terminal.
 */
public enum DeliveryStatus {
  SENT(1),
  DELIVERED(2),
  READ(3),
  PLAYED(4),
  FAILED(5);

  private final int rank;

  DeliveryStatus(int rank) {
    this.rank = rank;
  }

  /** Higher means later in the message's life; never replace a status by one of lower rank. */
  public int rank() {
    return rank;
  }

  /** The name used in webhooks, e.g. {@code delivered}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status for a webhook {@code status} value; empty for values this version does not know. */
  public static Optional<DeliveryStatus> parse(String value) {
    for (DeliveryStatus status : values()) {
      if (status.wireName().equalsIgnoreCase(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
