package mx.aprende.bot.whatsapp;

import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Turn;
import mx.aprende.bot.whatsapp.wire.ButtonReply;
import mx.aprende.bot.whatsapp.wire.Contacts;
import mx.aprende.bot.whatsapp.wire.Edit;
import mx.aprende.bot.whatsapp.wire.FlowReply;
import mx.aprende.bot.whatsapp.wire.InboundMessage;
import mx.aprende.bot.whatsapp.wire.ListReply;
import mx.aprende.bot.whatsapp.wire.Location;
import mx.aprende.bot.whatsapp.wire.Media;
import mx.aprende.bot.whatsapp.wire.MessageContent;
import mx.aprende.bot.whatsapp.wire.Order;
import mx.aprende.bot.whatsapp.wire.Reaction;
import mx.aprende.bot.whatsapp.wire.Revoke;
import mx.aprende.bot.whatsapp.wire.SystemEvent;
import mx.aprende.bot.whatsapp.wire.TemplateButton;
import mx.aprende.bot.whatsapp.wire.Text;
import mx.aprende.bot.whatsapp.wire.Unsupported;

/** Turns a WhatsApp message into the conversation's channel-neutral {@link Turn}. */
final class WhatsAppTurns {

  private WhatsAppTurns() {}

  /**
   * The turn of {@code message} for the learner {@code learnerKey} (the pseudonym the inbox stored,
   * never the sender's WhatsApp id).
   */
  static Turn toTurn(String learnerKey, InboundMessage message) {
    return new Turn(
        learnerKey,
        message.id(),
        message.timestamp(),
        message.sender().profileName(),
        input(message.content()));
  }

  static Inbound input(MessageContent content) {
    return switch (content) {
      case Text text -> new Inbound.Text(text.body());
      case ButtonReply reply -> new Inbound.Choice(reply.id(), reply.title());
      case ListReply reply -> new Inbound.Choice(reply.id(), reply.title());
      case TemplateButton button -> new Inbound.Choice(button.payload(), button.text());
      case Location location ->
          new Inbound.Location(location.latitude(), location.longitude(), location.name());
      case Media media -> new Inbound.Media(mediaKind(media), media.caption());
      case Reaction reaction -> new Inbound.Reaction(reaction.emoji());
      // An edit replaces what the learner meant: treat the new content as what they said.
      case Edit edit -> input(edit.newContent());
      case FlowReply flow -> new Inbound.Other(flow.type());
      case Contacts contacts -> new Inbound.Other(contacts.type());
      case Order order -> new Inbound.Other(order.type());
      case SystemEvent system -> new Inbound.Other("system");
      case Revoke revoke -> new Inbound.Other("revoke");
      case Unsupported unsupported -> new Inbound.Other(unsupported.type());
    };
  }

  private static Inbound.MediaKind mediaKind(Media media) {
    return switch (media.kind()) {
      case IMAGE -> Inbound.MediaKind.IMAGE;
      case AUDIO -> media.voice() ? Inbound.MediaKind.VOICE : Inbound.MediaKind.AUDIO;
      case VIDEO -> Inbound.MediaKind.VIDEO;
      case DOCUMENT -> Inbound.MediaKind.DOCUMENT;
      case STICKER -> Inbound.MediaKind.STICKER;
    };
  }
}
