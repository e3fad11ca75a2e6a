package mx.aprende.bot.whatsapp.client;

import java.util.List;
import java.util.Objects;

/**
 * An approved message template, the only kind of message allowed outside the 24-hour customer
 * service window. Parameters must match the approved template exactly (Graph errors 132000 and
 * 132012 otherwise).
 *
 * @param name the approved template name
 * @param languageCode the approved language, e.g. {@code es_MX}
 * @param components the variable parts; empty for a template without variables
 */
public record Template(String name, String languageCode, List<TemplateComponent> components)
    implements OutboundMessage {

  /** Rejects nulls and copies the list. */
  public Template {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(languageCode, "languageCode");
    components = List.copyOf(components);
  }

  /**
   * A template with the given components.
   *
   * @param name the template name
   * @param languageCode the language
   * @param components the variable parts
   * @return the message
   */
  public static Template of(String name, String languageCode, TemplateComponent... components) {
    return new Template(name, languageCode, List.of(components));
  }

  @Override
  public String type() {
    return "template";
  }
}
