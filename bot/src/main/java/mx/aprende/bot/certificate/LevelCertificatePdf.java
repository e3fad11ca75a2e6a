package mx.aprende.bot.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import mx.aprende.bot.guide.PdfFonts;
import mx.aprende.bot.qr.QrCode;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The level certificate as a one-page PDF: the learner's name, the level, the date, the unique id
 * and a QR code of the verification address, and the notice that it is a sample, not an official
 * INEA document, and the signed credential itself as a payload in the document information. What is
 * trusted is the signature (of the payload, or of the record behind the verification page), so a
 * PDF edited by hand still sends the reader to the truth.
 */
final class LevelCertificatePdf {

  static final String SAMPLE_NOTICE =
      "MUESTRA: este certificado no es un documento oficial del INEA.";
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);

  private final BaseFont face;

  LevelCertificatePdf() {
    this.face = PdfFonts.sans();
  }

  /** The document information entry holding the signed credential. */
  static final String PAYLOAD_ENTRY = "AprendeCredential";

  /**
   * The certificate's PDF bytes; {@code signed} (the level's signed credential) travels in the
   * document information under {@value #PAYLOAD_ENTRY}, so the PDF can be verified offline.
   */
  byte[] render(
      String name, String levelTitle, String date, String id, String verifyUrl, String signed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 54, 54, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Certificado: " + levelTitle);
      document.addCreator("Aprende");
      document.addHeader(PAYLOAD_ENTRY, signed);
      document.open();
      document.add(centered("Aprende", font(16f, Font.NORMAL, MUTED), 0f));
      document.add(centered("Certificado de nivel", font(30f, Font.BOLD, Color.BLACK), 12f));
      document.add(centered("Se otorga a", font(14f, Font.NORMAL, MUTED), 22f));
      document.add(centered(name, font(26f, Font.BOLD, Color.BLACK), 6f));
      document.add(
          centered(
              "por acreditar todos los módulos del " + levelTitle + ".",
              font(15f, Font.NORMAL, Color.BLACK),
              14f));
      document.add(centered("Fecha: " + date, font(13f, Font.NORMAL, Color.BLACK), 10f));
      Image qr = Image.getInstance(QrCode.png(verifyUrl, 240));
      qr.scaleToFit(120f, 120f);
      qr.setAlignment(Element.ALIGN_CENTER);
      document.add(qr);
      document.add(centered("Folio: " + id, font(12f, Font.NORMAL, Color.BLACK), 2f));
      document.add(centered("Verifica en: " + verifyUrl, font(10f, Font.NORMAL, MUTED), 2f));
      document.add(centered(SAMPLE_NOTICE, font(11f, Font.BOLD, MUTED), 14f));
      document.close();
    } catch (DocumentException | IOException e) {
      throw new CertificateException("Cannot render the level certificate", e);
    }
    return out.toByteArray();
  }

  private Font font(float size, int style, Color color) {
    return new Font(face, size, style, color);
  }

  private static Paragraph centered(String text, Font font, float before) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    return p;
  }
}
