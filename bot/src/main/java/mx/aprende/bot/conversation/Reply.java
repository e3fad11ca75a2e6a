package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * What the bot says back. Channel adapters turn these into their own message types and enforce
 * their own limits; the conversation keeps to WhatsApp's (the tightest channel) when writing text.
 */
public sealed interface Reply {

  /** A plain text message. */
  record Text(String body) implements Reply {}

  /** A message with up to three quick-reply buttons. */
  record Buttons(String body, List<Option> options) implements Reply {
    public Buttons {
      options = List.copyOf(options);
    }
  }

  /** A message with a button that opens a list of up to ten options. */
  record Menu(String body, String buttonLabel, List<Option> options) implements Reply {
    public Menu {
      options = List.copyOf(options);
    }
  }

  /**
   * A document to keep on the phone: the study guide (PDF) of a curriculum unit, which the channel
   * renders, uploads and sends with {@code caption} under it (at most 1024 characters).
   */
  record Document(String unitId, String caption) implements Reply {}

  /** One choice the learner can tap: its id comes back in {@link Inbound.Choice}. */
  record Option(String id, String title, Optional<String> description) {
    public static Option of(String id, String title) {
      return new Option(id, title, Optional.empty());
    }

    public static Option of(String id, String title, String description) {
      return new Option(id, title, Optional.of(description));
    }
  }
}
