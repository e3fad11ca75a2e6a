package mx.aprende.bot.whatsapp.client;

import java.util.List;

/** Template-specific checks, kept apart from {@link LimitChecks} to keep both short. */
final class TemplateChecks {

  private TemplateChecks() {}

  static void check(Template template) {
    LimitChecks.notBlank("template.name", template.name());
    LimitChecks.notBlank("template.language.code", template.languageCode());
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
          LimitChecks.notBlank(path + "parameters[0].payload", button.payload());
        }
        case TemplateComponent.UrlButton button -> {
          LimitChecks.index(path + "index", button.index());
          LimitChecks.notBlank(path + "parameters[0].text", button.urlSuffix());
        }
      }
    }
  }

  private static void parameters(String path, List<TemplateParameter> parameters) {
    for (int p = 0; p < parameters.size(); p++) {
      String field = path + "parameters[" + p + "]";
      switch (parameters.get(p)) {
        case TemplateParameter.PositionalText text ->
            LimitChecks.notBlank(field + ".text", text.text());
        case TemplateParameter.NamedText named -> {
          LimitChecks.notBlank(field + ".parameter_name", named.name());
          LimitChecks.notBlank(field + ".text", named.text());
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
      case MediaSource.Uploaded uploaded -> LimitChecks.notBlank(field + ".id", uploaded.id());
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
