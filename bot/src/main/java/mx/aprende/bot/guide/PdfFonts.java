package mx.aprende.bot.guide;

import java.io.IOException;
import java.io.InputStream;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The one font our PDFs (study guides, certificates) embed: OpenPDF's bundled Liberation Sans,
 * which has every Spanish letter, so a cheap phone's viewer shows "ñ" and accents without system
 * fonts.
 */
public final class PdfFonts {

  private static final String SANS = "/font-fallback/LiberationSans-Regular.ttf";

  private PdfFonts() {}

  /**
   * The embedded sans-serif face.
   *
   * @throws IllegalStateException when OpenPDF no longer ships the font (a packaging bug)
   */
  public static BaseFont sans() {
    try (InputStream in = BaseFont.class.getResourceAsStream(SANS)) {
      if (in == null) {
        throw new IllegalStateException("OpenPDF no longer ships " + SANS);
      }
      return BaseFont.createFont(
          "LiberationSans-Regular.ttf",
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          true,
          in.readAllBytes(),
          null);
    } catch (IOException | DocumentException e) {
      throw new IllegalStateException("Cannot load the PDF font " + SANS, e);
    }
  }
}
