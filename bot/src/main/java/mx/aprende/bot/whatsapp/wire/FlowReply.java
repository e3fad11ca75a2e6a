package mx.aprende.bot.whatsapp.wire;

import java.util.Objects;

/**
 * A completed WhatsApp Flow (or address message): an {@code nfm_reply}.
 *
 * <pre>{@code
 * "type": "interactive",
 * "interactive": { "type": "nfm_reply", "nfm_reply": { "name": "flow", "body": "Sent",
 *                  "response_json": "{\"flow_token\":\"t-1\",\"age\":\"31\"}" } }
 * }</pre>
 *
 * @param name {@code flow} or {@code address_message}
 * @param body the text shown in the chat
 * @param responseJson the form answers, a JSON document as a string (usually with {@code
 *     flow_token})
 */
public record FlowReply(String name, String body, String responseJson) implements MessageContent {
  /** Checks all parts are present. */
  public FlowReply {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(responseJson, "responseJson");
  }

  @Override
  public String type() {
    return "nfm_reply";
  }
}
