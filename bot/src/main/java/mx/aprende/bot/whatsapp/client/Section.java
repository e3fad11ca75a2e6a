package mx.aprende.bot.whatsapp.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of rows in a {@link ListMessage}. The title is required when the list has more than one
 * section.
 *
 * @param title optional, at most {@link WhatsAppLimits#SECTION_TITLE_MAX} characters
 * @param rows the rows of this section
 */
public record Section(Optional<String> title, List<Row> rows) {

  /** Rejects nulls and copies the list. */
  public Section {
    Objects.requireNonNull(title, "title");
    rows = List.copyOf(rows);
  }

  /**
   * A titled section.
   *
   * @param title the section title
   * @param rows the rows
   * @return the section
   */
  public static Section of(String title, Row... rows) {
    return new Section(Optional.of(title), List.of(rows));
  }

  /**
   * An untitled section, for single-section lists.
   *
   * @param rows the rows
   * @return the section
   */
  public static Section untitled(Row... rows) {
    return new Section(Optional.empty(), List.of(rows));
  }
}
