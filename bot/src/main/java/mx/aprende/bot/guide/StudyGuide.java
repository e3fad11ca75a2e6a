package mx.aprende.bot.guide;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Example;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders one unit as a study guide PDF for a phone screen or an A5 print: a title page, each
 * lesson with its explanation and worked examples, "Practica" with the unit's exercises numbered
 * (options lettered, items to order numbered, no answers), and "Respuestas" at the end with each
 * answer and its worked solution; numbered pages. Text is in Liberation Sans, which ships inside
 * OpenPDF, embedded (subset) with a Unicode map so it stays searchable and copyable, with every
 * Spanish letter and the mathematical signs the curriculum uses (−, ×, ÷, ², √, ≥). WhatsApp
 * formatting marks in the content become real bold, italic and struck-through text. Thread-safe.
 */
public final class StudyGuide {
  /** A5: the size of a phone screen scaled up, and half a letter sheet when printed. */
  static final Rectangle PAGE = PageSize.A5;

  static final float BODY_SIZE = 13f;
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final float LINE_SPACING = 1.35f;
  private static final String BLANK = "Respuesta: ..............................";

  private final BaseFont face;
  private final Font body;
  private final Font muted;

  /** A renderer with the embedded font loaded. */
  public StudyGuide() {
    this.face = PdfFonts.sans();
    this.body = new Font(face, BODY_SIZE, Font.NORMAL);
    this.muted = new Font(face, 11f, Font.NORMAL, MUTED);
  }

  /** The file name a learner sees for the guide of {@code unit}, e.g. "guia-mpe-contar.pdf". */
  public static String fileName(Unit unit) {
    return "guia-" + unit.id() + ".pdf";
  }

  /**
   * The guide of {@code unit}, which belongs to {@code module}, as PDF bytes.
   *
   * @throws GuideException when the PDF cannot be written
   */
  public byte[] render(Module module, Unit unit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PAGE, 34, 34, 40, 54);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new PageNumbers());
      document.addTitle("Guía de estudio: " + unit.title());
      document.addSubject(module.title());
      document.addCreator("Aprende");
      document.open();
      titlePage(document, module, unit);
      for (int i = 0; i < unit.lessons().size(); i++) {
        lesson(document, i + 1, unit.lessons().get(i));
      }
      if (!unit.exercises().isEmpty()) {
        practice(document, unit.exercises());
        answers(document, unit.exercises());
      }
      document.close();
    } catch (DocumentException e) {
      throw new GuideException("Cannot render the study guide of unit " + unit.id(), e);
    }
    return out.toByteArray();
  }

  /** Whether the embedded font can draw {@code codePoint}. */
  boolean canDraw(int codePoint) {
    return face.charExists(codePoint);
  }

  private void titlePage(Document document, Module module, Unit unit) {
    Paragraph brand = paragraph("Guía de estudio — Aprende", font(22f, Font.BOLD), 60f);
    brand.setAlignment(Element.ALIGN_CENTER);
    document.add(brand);
    Paragraph moduleTitle = paragraph(module.title(), font(17f, Font.NORMAL), 30f);
    moduleTitle.setAlignment(Element.ALIGN_CENTER);
    document.add(moduleTitle);
    Paragraph unitTitle = paragraph("Unidad: " + unit.title(), font(17f, Font.BOLD), 10f);
    unitTitle.setAlignment(Element.ALIGN_CENTER);
    document.add(unitTitle);
    document.add(paragraph("En esta guía:", font(BODY_SIZE, Font.BOLD), 36f));
    for (int i = 0; i < unit.lessons().size(); i++) {
      Paragraph entry = paragraph((i + 1) + ". " + unit.lessons().get(i).title(), body, 4f);
      entry.setIndentationLeft(12f);
      document.add(entry);
    }
    if (!unit.exercises().isEmpty()) {
      Paragraph practice =
          paragraph(
              "Practica: "
                  + unit.exercises().size()
                  + (unit.exercises().size() == 1 ? " ejercicio" : " ejercicios")
                  + ". Las respuestas están al final.",
              body,
              4f);
      practice.setIndentationLeft(12f);
      document.add(practice);
    }
    document.add(
        paragraph(
            "Estudia a tu ritmo, sin datos. Escribe tus respuestas en un cuaderno.", muted, 36f));
    document.newPage();
  }

  private void lesson(Document document, int number, Lesson lesson) {
    document.add(paragraph("Lección " + number + ". " + lesson.title(), font(17f, Font.BOLD), 14f));
    for (String chunk : lesson.chunks()) {
      document.add(paragraph(chunk, body, 8f));
    }
    List<Example> examples = lesson.examples();
    for (int i = 0; i < examples.size(); i++) {
      String label = examples.size() == 1 ? "Ejemplo resuelto" : "Ejemplo resuelto " + (i + 1);
      document.add(paragraph(label, font(BODY_SIZE, Font.BOLD), 12f));
      document.add(paragraph(examples.get(i).problem(), body, 2f));
      Paragraph solution = paragraph("", body, 4f);
      solution.add(new Chunk("Solución: ", font(BODY_SIZE, Font.BOLDITALIC)));
      addMarked(solution, examples.get(i).solution(), body);
      solution.setIndentationLeft(12f);
      document.add(solution);
    }
  }

  private void practice(Document document, List<Exercise> exercises) {
    document.newPage();
    document.add(paragraph("Practica", font(20f, Font.BOLD), 0f));
    document.add(
        paragraph(
            "Resuelve cada ejercicio en tu cuaderno. Las respuestas están al final de la guía.",
            muted,
            4f));
    for (int i = 0; i < exercises.size(); i++) {
      Exercise exercise = exercises.get(i);
      Paragraph prompt = paragraph("", body, 12f);
      prompt.add(new Chunk((i + 1) + ". ", font(BODY_SIZE, Font.BOLD)));
      addMarked(prompt, exercise.prompt(), body);
      document.add(prompt);
      switch (exercise.answer()) {
        case Answer.Choice choice -> {
          List<Integer> shown = Shuffle.order(exercise.id(), choice.options().size(), false);
          for (int position = 0; position < shown.size(); position++) {
            String option = choice.options().get(shown.get(position)).text();
            document.add(indented(letter(position) + ") " + option));
          }
        }
        case Answer.Ordering ordering -> {
          List<Integer> shown = Shuffle.order(exercise.id(), ordering.items().size(), true);
          for (int position = 0; position < shown.size(); position++) {
            document.add(
                indented((position + 1) + ") " + ordering.items().get(shown.get(position))));
          }
          document.add(indented("Escribe los números en el orden correcto."));
        }
        case Answer.TrueFalse ignored -> document.add(indented("¿Verdadero o falso?"));
        case Answer.NumberAnswer ignored -> document.add(indented(BLANK));
        case Answer.FractionAnswer ignored -> document.add(indented(BLANK));
        case Answer.TextAnswer ignored -> document.add(indented(BLANK));
      }
    }
  }

  private void answers(Document document, List<Exercise> exercises) {
    document.newPage();
    document.add(paragraph("Respuestas", font(20f, Font.BOLD), 0f));
    for (int i = 0; i < exercises.size(); i++) {
      Exercise exercise = exercises.get(i);
      Paragraph answer = paragraph("", body, 10f);
      answer.add(new Chunk((i + 1) + ". " + answerText(exercise), font(BODY_SIZE, Font.BOLD)));
      document.add(answer);
      Paragraph solution = paragraph("", body, 2f);
      addMarked(solution, exercise.solution(), body);
      solution.setIndentationLeft(12f);
      document.add(solution);
    }
  }

  /** The answer as the practice page showed the exercise (letters and numbers match). */
  static String answerText(Exercise exercise) {
    return switch (exercise.answer()) {
      case Answer.Choice choice -> {
        List<Integer> shown = Shuffle.order(exercise.id(), choice.options().size(), false);
        yield letter(shown.indexOf(choice.correct())) + ") " + choice.canonical();
      }
      case Answer.Ordering ordering -> {
        List<Integer> shown = Shuffle.order(exercise.id(), ordering.items().size(), true);
        StringBuilder numbers = new StringBuilder();
        for (int item = 0; item < ordering.items().size(); item++) {
          numbers.append(item == 0 ? "" : ", ").append(shown.indexOf(item) + 1);
        }
        yield numbers + " (" + ordering.canonical() + ")";
      }
      case Answer.TrueFalse trueFalse -> trueFalse.value() ? "Verdadero" : "Falso";
      case Answer.NumberAnswer number -> number.canonical();
      case Answer.FractionAnswer fraction -> fraction.canonical();
      case Answer.TextAnswer text -> text.canonical();
    };
  }

  private static String letter(int position) {
    return String.valueOf((char) ('a' + position));
  }

  private Paragraph indented(String text) {
    Paragraph paragraph = paragraph(text, body, 3f);
    paragraph.setIndentationLeft(16f);
    return paragraph;
  }

  private Paragraph paragraph(String marked, Font base, float spacingBefore) {
    Paragraph paragraph = new Paragraph();
    paragraph.setLeading(0, LINE_SPACING);
    paragraph.setSpacingBefore(spacingBefore);
    paragraph.setFont(base);
    addMarked(paragraph, marked, base);
    return paragraph;
  }

  private void addMarked(Phrase phrase, String marked, Font base) {
    for (MarkedText.Run run : MarkedText.parse(marked)) {
      int style = base.getStyle() == Font.UNDEFINED ? Font.NORMAL : base.getStyle();
      style |= run.bold() ? Font.BOLD : 0;
      style |= run.italic() ? Font.ITALIC : 0;
      style |= run.strike() ? Font.STRIKETHRU : 0;
      phrase.add(new Chunk(run.text(), new Font(face, base.getSize(), style, base.getColor())));
    }
  }

  private Font font(float size, int style) {
    return new Font(face, size, style);
  }

  /** Writes "Página n" at the foot of every page. */
  private final class PageNumbers extends PdfPageEventHelper {
    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_CENTER,
          new Phrase("Página " + writer.getPageNumber(), muted),
          (document.left() + document.right()) / 2,
          document.bottom() - 28,
          0);
    }
  }
}
