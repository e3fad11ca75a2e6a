package mx.aprende.bot.whatsapp.client;

import java.util.List;

/** Template-specific checks, kept apart from {@link LimitChecks} to keep both short. */
final class TemplateChecks {

  private TemplateChecks() {}

  static void check(Template template) {
    LimitChecks.required("template.name", template.name(), -1);
    LimitChecks.required("template.language.code", template.languageCode(), -1);
    List<TemplateComponent> components = template.components();
    for (int c = 0; c < components.size(); c++) {
      String path = "template.components[" + c + "].";
      switch (components.get(c)) {
        case TemplateComponent.Header header -> {
          LimitChecks.count(path + "parameters", header.parameters().size(), 1, 1);
          parameters(path, header.parameters());
        }
        case TemplateComponent.Body body -> {
          LimitChecks.count(path + "parameters", body.parameters().size(), 1, Integer.MAX_VALUE);
          parameters(path, body.parameters());
          sameStyle(path + "parameters", body.parameters());
        }
        case TemplateComponent.QuickReplyButton button -> {
          LimitChecks.index(path + "index", button.index());
          LimitChecks.required(path + "parameters[0].payload", button.payload(), -1);
        }
        case TemplateComponent.UrlButton button -> {
          LimitChecks.index(path + "index", button.index());
          LimitChecks.required(path + "parameters[0].text", button.urlSuffix(), -1);
        }
      }
    }
  }

  private static void parameters(String path, List<TemplateParameter> parameters) {
    for (int p = 0; p < parameters.size(); p++) {
      String field = path + "parameters[" + p + "]";
      switch (parameters.get(p)) {
        case TemplateParameter.PositionalText text ->
            LimitChecks.required(field + ".text", text.text(), -1);
        case TemplateParameter.NamedText named -> {
          LimitChecks.required(field + ".parameter_name", named.name(), -1);
          LimitChecks.required(field + ".text", named.text(), -1);
        }
        case TemplateParameter.Image image -> source(field + ".image", image.source());
        case TemplateParameter.Video video -> source(field + ".video", video.source());
        case TemplateParameter.Document document -> source(field + ".document", document.source());
      }
    }
  }

  private static void source(String field, MediaSource source) {
    switch (source) {
      case MediaSource.Link link -> LimitChecks.webUrl(field + ".link", link.url());
      case MediaSource.Uploaded uploaded -> LimitChecks.required(field + ".id", uploaded.id(), -1);
    }
  }

  /** Meta treats a template as either positional or named; mixing fails with 132000 at best. */
  private static void sameStyle(String field, List<TemplateParameter> parameters) {
    long named = parameters.stream().filter(TemplateParameter.NamedText.class::isInstance).count();
    if (named > 0 && named < parameters.size()) {
      throw MessageLimitException.format(field, "must be all named or all positional texts");
    }
  }
}
