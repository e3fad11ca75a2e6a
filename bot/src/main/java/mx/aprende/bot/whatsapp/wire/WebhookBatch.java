package mx.aprende.bot.whatsapp.wire;

import java.util.List;

/**
 * Everything one webhook POST carried, flattened over {@code entry[] × changes[]}: inbound
 * messages, delivery statuses of messages we sent, top-level {@code value.errors}, and what was
 * skipped.
 *
 * @param messages inbound messages in body order
 * @param statuses delivery receipts in body order
 * @param errors app or system level errors ({@code value.errors[]})
 * @param ignored parts that were skipped, each with a reason
 */
public record WebhookBatch(
    List<InboundMessage> messages,
    List<StatusUpdate> statuses,
    List<PlatformError> errors,
    List<Ignored> ignored) {
  /** Copies the lists so the batch is immutable. */
  public WebhookBatch {
    messages = List.copyOf(messages);
    statuses = List.copyOf(statuses);
    errors = List.copyOf(errors);
    ignored = List.copyOf(ignored);
  }

  /** An empty batch. */
  public static WebhookBatch empty() {
    return new WebhookBatch(List.of(), List.of(), List.of(), List.of());
  }
}
