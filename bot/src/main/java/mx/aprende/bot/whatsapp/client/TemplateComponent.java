package mx.aprende.bot.whatsapp.client;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The variable parts of a {@link Template}: header and body parameters, and per-button values. Only
 * components with variables are sent; the approved template supplies the rest.
 */
public sealed interface TemplateComponent {

  /**
   * Parameters of the header: one text variable or one media parameter.
   *
   * @param parameters the values
   */
  record Header(List<TemplateParameter> parameters) implements TemplateComponent {
    /** Copies the list. */
    public Header {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * Parameters of the body, in variable order (positional) or by name.
   *
   * @param parameters the values
   */
  record Body(List<TemplateParameter> parameters) implements TemplateComponent {
    /** Copies the list. */
    public Body {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * The payload returned (as an inbound {@code button} message) when the quick-reply button at
   * {@code index} is tapped.
   *
   * @param index zero-based button position in the approved template
   * @param payload the payload, not empty
   */
  record QuickReplyButton(int index, String payload) implements TemplateComponent {
    /** Rejects null. */
    public QuickReplyButton {
      Objects.requireNonNull(payload, "payload");
    }
  }

  /**
   * The variable suffix appended to the approved URL of the URL button at {@code index}.
   *
   * @param index zero-based button position in the approved template
   * @param urlSuffix the text that replaces the URL variable, not empty
   */
  record UrlButton(int index, String urlSuffix) implements TemplateComponent {
    /** Rejects null. */
    public UrlButton {
      Objects.requireNonNull(urlSuffix, "urlSuffix");
    }
  }

  /**
   * Body parameters.
   *
   * @param parameters the values
   * @return the component
   */
  static TemplateComponent body(TemplateParameter... parameters) {
    return new Body(List.of(parameters));
  }

  /**
   * Positional body texts, {@code {{1}}}, {@code {{2}}}, ... in order.
   *
   * @param texts the values
   * @return the component
   */
  static TemplateComponent bodyTexts(String... texts) {
    return new Body(Arrays.stream(texts).map(TemplateParameter::text).toList());
  }

  /**
   * Header parameters.
   *
   * @param parameters the values
   * @return the component
   */
  static TemplateComponent header(TemplateParameter... parameters) {
    return new Header(List.of(parameters));
  }

  /**
   * A quick-reply payload.
   *
   * @param index the button position
   * @param payload the payload
   * @return the component
   */
  static TemplateComponent quickReply(int index, String payload) {
    return new QuickReplyButton(index, payload);
  }

  /**
   * A URL button suffix.
   *
   * @param index the button position
   * @param urlSuffix the suffix
   * @return the component
   */
  static TemplateComponent urlButton(int index, String urlSuffix) {
    return new UrlButton(index, urlSuffix);
  }
}
