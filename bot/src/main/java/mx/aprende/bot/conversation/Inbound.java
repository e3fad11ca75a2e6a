package mx.aprende.bot.conversation;

import java.util.Optional;

/** What a learner sent, reduced to what the conversation understands; channel details stay out. */
public sealed interface Inbound {

  /** Typed text. */
  record Text(String body) implements Inbound {}

  /** A tap on a reply button or a list row we sent; {@code id} is the id we gave it. */
  record Choice(String id, String title) implements Inbound {}

  /** A shared location (kept only for finding a learning center, and only after consent). */
  record Location(double latitude, double longitude, Optional<String> name) implements Inbound {}

  /** A photo, voice note, video, document or sticker. */
  record Media(MediaKind kind, Optional<String> caption) implements Inbound {}

  /** An emoji reaction to one of our messages; empty when the learner removed it. */
  record Reaction(Optional<String> emoji) implements Inbound {}

  /** Anything else the channel delivered (contacts, orders, unsupported types, edits...). */
  record Other(String kind) implements Inbound {}

  /** Kinds of media a learner can send. */
  enum MediaKind {
    IMAGE,
    VOICE,
    AUDIO,
    VIDEO,
    DOCUMENT,
    STICKER
  }
}
