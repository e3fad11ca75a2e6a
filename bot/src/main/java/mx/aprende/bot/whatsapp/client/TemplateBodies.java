package mx.aprende.bot.whatsapp.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The {@code template} object of a send body:
 *
 * <pre>{@code
 * {"name": "lesson_reminder", "language": {"code": "es_MX"},
 *  "components": [
 *    {"type": "body", "parameters": [{"type": "text", "text": "Ana"}]},
 *    {"type": "button", "sub_type": "quick_reply", "index": "0",
 *     "parameters": [{"type": "payload", "payload": "resume:l4"}]}]}
 * }</pre>
 *
 * Button indexes are strings on the wire, as in Meta's examples.
 */
final class TemplateBodies {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TemplateBodies() {}

  static ObjectNode template(Template template) {
    ObjectNode node = JSON.objectNode().put("name", template.name());
    node.putObject("language").put("code", template.languageCode());
    if (!template.components().isEmpty()) {
      ArrayNode components = node.putArray("components");
      template.components().forEach(component -> components.add(component(component)));
    }
    return node;
  }

  private static ObjectNode component(TemplateComponent component) {
    return switch (component) {
      case TemplateComponent.Header header -> withParameters("header", header.parameters());
      case TemplateComponent.Body body -> withParameters("body", body.parameters());
      case TemplateComponent.QuickReplyButton button -> {
        ObjectNode node = button("quick_reply", button.index());
        node.putArray("parameters")
            .addObject()
            .put("type", "payload")
            .put("payload", button.payload());
        yield node;
      }
      case TemplateComponent.UrlButton button -> {
        ObjectNode node = button("url", button.index());
        node.putArray("parameters").addObject().put("type", "text").put("text", button.urlSuffix());
        yield node;
      }
    };
  }

  private static ObjectNode button(String subType, int index) {
    return JSON.objectNode()
        .put("type", "button")
        .put("sub_type", subType)
        .put("index", Integer.toString(index));
  }

  private static ObjectNode withParameters(String type, List<TemplateParameter> parameters) {
    ObjectNode node = JSON.objectNode().put("type", type);
    ArrayNode array = node.putArray("parameters");
    parameters.forEach(parameter -> array.add(parameter(parameter)));
    return node;
  }

  private static ObjectNode parameter(TemplateParameter parameter) {
    return switch (parameter) {
      case TemplateParameter.PositionalText text ->
          JSON.objectNode().put("type", "text").put("text", text.text());
      case TemplateParameter.NamedText named ->
          JSON.objectNode()
              .put("type", "text")
              .put("parameter_name", named.name())
              .put("text", named.text());
      case TemplateParameter.Image image -> media("image", MessageBodies.source(image.source()));
      case TemplateParameter.Video video -> media("video", MessageBodies.source(video.source()));
      case TemplateParameter.Document document -> {
        ObjectNode source = MessageBodies.source(document.source());
        document.filename().ifPresent(filename -> source.put("filename", filename));
        yield media("document", source);
      }
    };
  }

  private static ObjectNode media(String type, ObjectNode source) {
    ObjectNode node = JSON.objectNode().put("type", type);
    node.set(type, source);
    return node;
  }
}
