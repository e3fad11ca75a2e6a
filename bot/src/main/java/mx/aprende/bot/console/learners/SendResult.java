package mx.aprende.bot.console.learners;

import java.util.Optional;

/**
 * What became of a message a person asked {@link PersonChannel} to send: accepted, or refused for
 * one reason the console can explain to the tutor (each refusal needs a different next step).
 */
public sealed interface SendResult {

  /** The outbox item's id when the message was accepted; empty when it was refused. */
  default Optional<String> id() {
    return this instanceof Accepted accepted ? Optional.of(accepted.itemId()) : Optional.empty();
  }

  /** Stored in the outbox: the same workers send it and retry it. */
  record Accepted(String itemId) implements SendResult {}

  /**
   * Free text refused: the learner's 24-hour window is closed (WhatsApp refused a message to them
   * with 131047 and they have not written since). Only an approved template reaches them now.
   */
  record WindowClosed() implements SendResult {}

  /** The message does not fit WhatsApp's limits (a text over {@code limit} characters). */
  record TooLong(int limit) implements SendResult {}

  /** The outbox could not store the message (storage down, or the channel not connected yet). */
  record Unavailable() implements SendResult {}
}
