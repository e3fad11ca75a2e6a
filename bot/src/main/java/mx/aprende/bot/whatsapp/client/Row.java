package mx.aprende.bot.whatsapp.client;

import java.util.Objects;
import java.util.Optional;

/**
 * One selectable row of a {@link ListMessage}; its {@code id} comes back in the inbound {@code
 * list_reply}.
 *
 * @param id at most {@link WhatsAppLimits#ROW_ID_MAX} characters
 * @param title at most {@link WhatsAppLimits#ROW_TITLE_MAX} characters
 * @param description optional, at most {@link WhatsAppLimits#ROW_DESCRIPTION_MAX} characters
 */
public record Row(String id, String title, Optional<String> description) {

  /** Rejects nulls. */
  public Row {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }

  /**
   * A row without description.
   *
   * @param id the reply id
   * @param title the visible title
   * @return the row
   */
  public static Row of(String id, String title) {
    return new Row(id, title, Optional.empty());
  }

  /**
   * A row with a description.
   *
   * @param id the reply id
   * @param title the visible title
   * @param description the second line
   * @return the row
   */
  public static Row of(String id, String title, String description) {
    return new Row(id, title, Optional.of(description));
  }
}
