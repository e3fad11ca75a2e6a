package mx.aprende.bot.whatsapp.wire;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds webhook POST bodies shaped exactly like the Cloud API's, for one business number: used by
 * the simulator, the load generator and tests. Like Meta, it escapes non-ASCII characters ({@code
 * "\u00bfC\u00f3mo?"}), so signatures must be computed over these bytes. Thread-safe.
 *
 * <pre>{@code
 * byte[] body = WebhookPayloads.forBusiness("1029", "1065", "15550001111")
 *     .text("5215512345678", "Ana", "wamid.sim-1", at, "hola");
 * }</pre>
 */
public final class WebhookPayloads {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new MetaEscapes()).build())
          .build();

  private final String wabaId;
  private final String phoneNumberId;
  private final String displayPhoneNumber;

  private WebhookPayloads(String wabaId, String phoneNumberId, String displayPhoneNumber) {
    this.wabaId = Objects.requireNonNull(wabaId, "wabaId");
    this.phoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId");
    this.displayPhoneNumber = Objects.requireNonNull(displayPhoneNumber, "displayPhoneNumber");
  }

  /**
   * A builder for payloads addressed to one business number.
   *
   * @param wabaId the WhatsApp Business Account id ({@code entry[].id})
   * @param phoneNumberId the business phone number id ({@code metadata.phone_number_id})
   * @param displayPhoneNumber the business number, digits only
   */
  public static WebhookPayloads forBusiness(
      String wabaId, String phoneNumberId, String displayPhoneNumber) {
    return new WebhookPayloads(wabaId, phoneNumberId, displayPhoneNumber);
  }

  /** A text message from a user. */
  public byte[] text(String waId, String profileName, String messageId, Instant at, String body) {
    ObjectNode message = message(waId, messageId, at, "text");
    message.putObject("text").put("body", body);
    return inbound(waId, profileName, message);
  }

  /**
   * A text message from a username user who shares no phone number with us: {@code wa_id} and
   * {@code from} are empty strings and the BSUID is in {@code user_id} / {@code from_user_id}.
   */
  public byte[] textFromUser(
      String userId,
      String username,
      String profileName,
      String messageId,
      Instant at,
      String body) {
    ObjectNode message = message("", messageId, at, "text");
    message.put("from_user_id", userId);
    message.putObject("text").put("body", body);
    ObjectNode value = value();
    ObjectNode contact = value.putArray("contacts").addObject();
    contact.putObject("profile").put("name", profileName).put("username", username);
    contact.put("wa_id", "").put("user_id", userId);
    value.putArray("messages").add(message);
    return envelope(value);
  }

  /** A tap on a reply button; {@code contextMessageId} is the interactive message it belongs to. */
  public byte[] buttonReply(
      String waId,
      String profileName,
      String messageId,
      Instant at,
      String buttonId,
      String title,
      Optional<String> contextMessageId) {
    ObjectNode message = message(waId, messageId, at, "interactive");
    contextMessageId.ifPresent(
        id -> message.putObject("context").put("from", displayPhoneNumber).put("id", id));
    ObjectNode interactive = message.putObject("interactive").put("type", "button_reply");
    interactive.putObject("button_reply").put("id", buttonId).put("title", title);
    return inbound(waId, profileName, message);
  }

  /** A row picked from a list message. */
  public byte[] listReply(
      String waId, String profileName, String messageId, Instant at, String rowId, String title) {
    ObjectNode message = message(waId, messageId, at, "interactive");
    ObjectNode interactive = message.putObject("interactive").put("type", "list_reply");
    interactive.putObject("list_reply").put("id", rowId).put("title", title);
    return inbound(waId, profileName, message);
  }

  /** A shared location, a named place when {@code name} is present. */
  public byte[] location(
      String waId,
      String profileName,
      String messageId,
      Instant at,
      double lat,
      double lon,
      Optional<String> name) {
    ObjectNode message = message(waId, messageId, at, "location");
    ObjectNode location = message.putObject("location").put("latitude", lat).put("longitude", lon);
    name.ifPresent(n -> location.put("name", n));
    return inbound(waId, profileName, message);
  }

  /** A recorded voice note, to be downloaded with {@code mediaId}. */
  public byte[] voiceNote(
      String waId, String profileName, String messageId, Instant at, String mediaId) {
    ObjectNode message = message(waId, messageId, at, "audio");
    message
        .putObject("audio")
        .put("id", mediaId)
        .put("mime_type", "audio/ogg; codecs=opus")
        .put("voice", true);
    return inbound(waId, profileName, message);
  }

  /**
   * A receipt for a message we sent. {@code sent}, {@code delivered} and {@code read} carry
   * per-message pricing of a free service message; {@link DeliveryStatus#FAILED} carries a generic
   * 131000 error (use {@link #failed} to choose the error).
   */
  public byte[] status(String recipientWaId, String messageId, DeliveryStatus status, Instant at) {
    if (status == DeliveryStatus.FAILED) {
      return failed(
          recipientWaId, messageId, at, 131000, "Something went wrong", "Something went wrong");
    }
    ObjectNode item = statusItem(recipientWaId, messageId, status, at);
    if (status != DeliveryStatus.PLAYED) {
      item.putObject("pricing")
          .put("billable", false)
          .put("pricing_model", "PMP")
          .put("type", "free_customer_service")
          .put("category", "service");
    }
    return statuses(item);
  }

  /** A {@code failed} receipt with one error, as Meta reports e.g. 131047 after a closed window. */
  public byte[] failed(
      String recipientWaId, String messageId, Instant at, int code, String title, String details) {
    ObjectNode item = statusItem(recipientWaId, messageId, DeliveryStatus.FAILED, at);
    ObjectNode error = item.putArray("errors").addObject().put("code", code).put("title", title);
    error.put("message", title);
    error.putObject("error_data").put("details", details);
    error.put(
        "href", "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/");
    return statuses(item);
  }

  private ObjectNode message(String waId, String messageId, Instant at, String type) {
    return MAPPER
        .createObjectNode()
        .put("from", waId)
        .put("id", messageId)
        .put("timestamp", Long.toString(at.getEpochSecond()))
        .put("type", type);
  }

  private ObjectNode statusItem(
      String recipientWaId, String messageId, DeliveryStatus status, Instant at) {
    return MAPPER
        .createObjectNode()
        .put("id", messageId)
        .put("status", status.wireName())
        .put("timestamp", Long.toString(at.getEpochSecond()))
        .put("recipient_id", recipientWaId);
  }

  private byte[] inbound(String waId, String profileName, ObjectNode message) {
    ObjectNode value = value();
    ObjectNode contact = value.putArray("contacts").addObject();
    contact.putObject("profile").put("name", profileName);
    contact.put("wa_id", waId);
    value.putArray("messages").add(message);
    return envelope(value);
  }

  private byte[] statuses(ObjectNode item) {
    ObjectNode value = value();
    value.putArray("statuses").add(item);
    return envelope(value);
  }

  private ObjectNode value() {
    ObjectNode value = MAPPER.createObjectNode().put("messaging_product", "whatsapp");
    value
        .putObject("metadata")
        .put("display_phone_number", displayPhoneNumber)
        .put("phone_number_id", phoneNumberId);
    return value;
  }

  private byte[] envelope(ObjectNode value) {
    ObjectNode root = MAPPER.createObjectNode().put("object", "whatsapp_business_account");
    ObjectNode entry = root.putArray("entry").addObject().put("id", wabaId);
    ObjectNode change = entry.putArray("changes").addObject();
    change.set("value", value);
    change.put("field", "messages");
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Jackson's own non-ASCII escaping writes uppercase hex; Meta documents lowercase. */
  private static final class MetaEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch > 0x7F ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
    }
  }
}
