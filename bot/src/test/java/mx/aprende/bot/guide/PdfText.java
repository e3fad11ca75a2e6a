package mx.aprende.bot.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back with PDFBox: its text, and how each character was drawn. */
final class PdfText {
  private PdfText() {}

  /** One drawn character: whether it was stroked as well as filled (bold) and slanted (italic). */
  record Glyph(String text, boolean bold, boolean italic) {}

  static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with every run of white space as one space. */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  static List<Glyph> glyphs(byte[] pdf) {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
              boolean slanted = Math.abs(text.getTextMatrix().getValue(1, 0)) > 0.01f;
              glyphs.add(new Glyph(text.getUnicode(), mode == RenderingMode.FILL_STROKE, slanted));
              super.processTextPosition(text);
            }
          };
      stripper.getText(document);
      return glyphs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
