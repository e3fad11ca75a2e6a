package mx.aprende.bot.whatsapp.client;

import java.util.Objects;

/**
 * One reply button. The {@code id} comes back in the inbound {@code button_reply} when tapped; the
 * title is what the learner sees (at most {@link WhatsAppLimits#BUTTON_TITLE_MAX} characters, no
 * markdown, unique within the message).
 *
 * @param id the reply id, at most {@link WhatsAppLimits#BUTTON_ID_MAX} characters
 * @param title the visible title
 */
public record Button(String id, String title) {

  /** Rejects nulls. */
  public Button {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }

  /**
   * Same as the constructor; reads well in a list of buttons.
   *
   * @param id the reply id
   * @param title the visible title
   * @return the button
   */
  public static Button of(String id, String title) {
    return new Button(id, title);
  }
}
