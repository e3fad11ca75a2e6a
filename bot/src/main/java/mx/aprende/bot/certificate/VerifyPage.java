package mx.aprende.bot.certificate;

/**
 * The public verification page in Spanish: valid (with kind, module or level and date), revoked
 * (with date), altered or unknown. It shows no personal data: whoever holds the certificate already
 * knows whose it is.
 */
public final class VerifyPage {

  private VerifyPage() {}

  /** The page's HTML for {@code verification}; every value is escaped. */
  public static String html(Verification verification) {
    return switch (verification) {
      case Verification.Valid(Certificate c) ->
          page(
              "Válido",
              "✅ Este " + kind(c) + " es <strong>válido</strong>.",
              details(c) + "<p>Firmado digitalmente por Aprende.</p>");
      case Verification.Revoked(Certificate c) ->
          page(
              "Revocado",
              "⛔ Este " + kind(c) + " fue <strong>revocado</strong>.",
              details(c)
                  + "<p>Revocado el "
                  + escape(c.revokedAt().map(Certificates::date).orElse("—"))
                  + ".</p>");
      case Verification.Altered(Certificate c) ->
          page(
              "No válido",
              "⚠️ Este documento <strong>no es válido</strong>.",
              "<p>Su firma digital no coincide: fue alterado.</p>");
      case Verification.Unknown() ->
          page(
              "Desconocido",
              "❓ Folio <strong>desconocido</strong>.",
              "<p>No encontramos ningún certificado con este folio. Revisa que esté completo.</p>");
    };
  }

  private static String kind(Certificate c) {
    return switch (c.kind()) {
      case MODULE -> "certificado de módulo";
      case LEVEL -> "certificado de nivel";
    };
  }

  private static String details(Certificate c) {
    String what =
        switch (c.kind()) {
          case MODULE -> "Módulo";
          case LEVEL -> "Nivel";
        };
    return "<dl><dt>"
        + what
        + "</dt><dd>"
        + escape(c.title())
        + "</dd><dt>Fecha de emisión</dt><dd>"
        + escape(Certificates.date(c.issuedAt()))
        + "</dd><dt>Folio</dt><dd>"
        + escape(c.id())
        + "</dd><dt>Huella SHA-256 de la credencial firmada</dt><dd><code>"
        + escape(Certificates.digest(c))
        + "</code></dd></dl>"
        + (c.erased()
            ? "<p>La persona pidió borrar sus datos: guardamos solo este registro, sin su nombre."
                + " La credencial firmada que lleva el PDF coincide con esta huella.</p>"
            : "");
  }

  private static String page(String title, String headline, String body) {
    return "<!doctype html><html lang=\"es-MX\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Verificación: "
        + escape(title)
        + " — Aprende</title></head><body><main><h1>Verificación de certificado</h1><p>"
        + headline
        + "</p>"
        + body
        + "<p><small>Aprende es un proyecto de muestra; sus certificados no son documentos"
        + " oficiales del INEA.</small></p></main></body></html>";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
