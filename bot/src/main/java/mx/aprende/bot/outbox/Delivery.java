package mx.aprende.bot.outbox;

/**
 * Delivery states of a sent message, ranked so a late or repeated receipt never moves a message
 * backwards. Failed is terminal: multi-device users can produce a "delivered" after a "failed".
 */
public enum Delivery {
  ACCEPTED(0),
  SENT(1),
  DELIVERED(2),
  READ(3),
  PLAYED(4),
  FAILED(10);

  private final int rank;

  Delivery(int rank) {
    this.rank = rank;
  }

  public int rank() {
    return rank;
  }
}
