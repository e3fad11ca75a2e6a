package mx.aprende.bot.whatsapp.wire;

import java.util.Objects;

/**
 * A part of a webhook body that was skipped, with a short machine-friendly reason so it can be
 * counted (metrics tag) and a detail for logs. Details never contain personal data.
 *
 * <p>Reasons in use: {@code object} (not a WhatsApp Business Account event), {@code field} (a
 * change other than {@code messages}), {@code entry}, {@code change}, {@code value} (wrong JSON
 * shape), {@code message} and {@code status} (an item that cannot be used, e.g. {@code "missing
 * id"}), {@code type} (a message type this version does not know, e.g. {@code "poll"}), {@code
 * content} (a known type whose payload has the wrong shape) and {@code error} (an error item
 * without a code).
 *
 * @param reason what kind of thing was skipped
 * @param detail which one, or why
 */
public record Ignored(String reason, String detail) {
  /** Checks both parts are present. */
  public Ignored {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
