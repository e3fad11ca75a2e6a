package mx.aprende.bot.templates;

import java.util.ArrayList;
import java.util.List;
import mx.aprende.bot.whatsapp.client.Template;
import mx.aprende.bot.whatsapp.client.TemplateComponent;
import mx.aprende.bot.whatsapp.client.TemplateParameter;

/**
 * A catalogue template with its values: the Cloud API template message to send outside the service
 * window, or the same words as plain text while the window is open.
 *
 * <p>Values are cleaned the way Meta demands (error 132018 otherwise): no line breaks or tabs, no
 * runs of spaces, never empty, and shortened to {@value #MAX_VALUE} characters so a long lesson
 * title cannot push the body past its limit.
 *
 * @param template the approved template
 * @param values one cleaned value per parameter, in order
 */
public record FilledTemplate(MessageTemplate template, List<String> values) {

  /** The longest value we fill in; titles longer than this are shortened with an ellipsis. */
  public static final int MAX_VALUE = 60;

  /** What fills a value that would otherwise be empty (a learner without a known name). */
  static final String EMPTY_VALUE = "de nuevo";

  /** Cleans the values and checks their count. */
  public FilledTemplate {
    if (values.size() != template.parameters().size()) {
      throw new IllegalArgumentException(
          template.templateName()
              + " takes "
              + template.parameters().size()
              + " values, got "
              + values.size());
    }
    values = values.stream().map(FilledTemplate::clean).toList();
  }

  /** The Cloud API message: body values in order and the payload of every quick reply. */
  public Template message() {
    List<TemplateComponent> components = new ArrayList<>();
    if (!values.isEmpty()) {
      components.add(
          new TemplateComponent.Body(values.stream().map(TemplateParameter::text).toList()));
    }
    List<MessageTemplate.QuickReply> buttons = template.quickReplies();
    for (int i = 0; i < buttons.size(); i++) {
      components.add(new TemplateComponent.QuickReplyButton(i, buttons.get(i).payload()));
    }
    return new Template(template.templateName(), MessageTemplate.LANGUAGE, components);
  }

  /** The text the learner reads, for sending as free-form inside the window and for logs. */
  public String text() {
    return template.render(values);
  }

  private static String clean(String value) {
    String flat = value.replaceAll("\\s+", " ").strip();
    if (flat.isEmpty()) {
      return EMPTY_VALUE;
    }
    if (flat.length() <= MAX_VALUE) {
      return flat;
    }
    int cut = MAX_VALUE - 1;
    if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
      cut--;
    }
    return flat.substring(0, cut).stripTrailing() + "…";
  }
}
