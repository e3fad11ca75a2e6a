package mx.aprende.bot.guide;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Area;
import mx.aprende.content.curriculum.Example;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Hints;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Level;
import mx.aprende.content.curriculum.Location;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.NumberKind;
import mx.aprende.content.curriculum.Unit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StudyGuideTest {
  private static final StudyGuide GUIDE = new StudyGuide();

  /** The guide of a real unit has its title page, every lesson, every prompt, then the answers. */
  @Test
  void realUnitHasTitleLessonsPracticeAndAnswerKeyInOrder() {
    Unit unit = ShippedCurriculum.unit("mpe-sumar-restar");
    Module module = ShippedCurriculum.moduleOf(unit);
    String raw = PdfText.text(GUIDE.render(module, unit));
    String text = PdfText.flat(raw);
    List<String> lines = raw.lines().map(String::strip).toList();

    assertThat(text, containsString("Guía de estudio — Aprende"));
    assertThat(text, containsString(module.title()));
    assertThat(text, containsString("Unidad: " + unit.title()));
    int practice = lineStart(raw, lines, "Practica");
    int answers = lineStart(raw, lines, "Respuestas");
    assertThat(practice, lessThan(answers));
    String flatBeforePractice = PdfText.flat(raw.substring(0, practice));
    String flatPractice = PdfText.flat(raw.substring(practice, answers));
    String flatAnswers = PdfText.flat(raw.substring(answers));
    for (Lesson lesson : unit.lessons()) {
      assertThat(flatBeforePractice, containsString(lesson.title()));
      for (String chunk : lesson.chunks()) {
        assertThat(flatBeforePractice, containsString(PdfText.flat(chunk)));
      }
      for (Example example : lesson.examples()) {
        assertThat(flatBeforePractice, containsString(PdfText.flat(example.problem())));
        assertThat(flatBeforePractice, containsString(PdfText.flat(example.solution())));
      }
    }
    for (int i = 0; i < unit.exercises().size(); i++) {
      Exercise exercise = unit.exercises().get(i);
      assertThat(flatPractice, containsString((i + 1) + ". " + PdfText.flat(exercise.prompt())));
      assertThat(flatPractice, not(containsString(PdfText.flat(exercise.solution()))));
      assertThat(flatAnswers, containsString((i + 1) + ". " + StudyGuide.answerText(exercise)));
      assertThat(flatAnswers, containsString(PdfText.flat(exercise.solution())));
    }
  }

  /** Choice options are lettered, ordering items numbered out of order, answers only at the end. */
  @Test
  void optionsAreLetteredAndOrderingItemsShuffled() {
    Unit unit = ShippedCurriculum.unit("mpe-contar");
    String raw = PdfText.text(GUIDE.render(ShippedCurriculum.moduleOf(unit), unit));
    List<String> lines = raw.lines().map(String::strip).toList();
    String practice =
        PdfText.flat(
            raw.substring(lineStart(raw, lines, "Practica"), lineStart(raw, lines, "Respuestas")));
    String answers = PdfText.flat(raw.substring(lineStart(raw, lines, "Respuestas")));
    int choices = 0;
    int orderings = 0;
    for (Exercise exercise : unit.exercises()) {
      switch (exercise.answer()) {
        case Answer.Choice choice -> {
          choices++;
          String letter = StudyGuide.answerText(exercise).substring(0, 1);
          assertThat(practice, containsString(letter + ") " + choice.canonical()));
          for (Answer.Option option : choice.options()) {
            assertThat(practice, containsString(") " + option.text()));
          }
        }
        case Answer.Ordering ordering -> {
          orderings++;
          String numbered = StudyGuide.answerText(exercise).split(" \\(")[0];
          List<Integer> shownAt =
              Arrays.stream(numbered.split(", ")).map(Integer::parseInt).toList();
          for (int item = 0; item < ordering.items().size(); item++) {
            assertThat(
                practice, containsString(shownAt.get(item) + ") " + ordering.items().get(item)));
          }
          assertThat(
              "items must not be listed in their correct order",
              shownAt.equals(Stream.iterate(1, n -> n + 1).limit(shownAt.size()).toList()),
              is(false));
          assertThat(practice, not(containsString(ordering.canonical())));
          assertThat(answers, containsString(ordering.canonical()));
        }
        default -> {}
      }
    }
    assertThat(choices, greaterThan(0));
    assertThat(orderings, greaterThan(0));
  }

  /** Accents, ñ and the Spanish opening marks come out of the PDF as they went in. */
  @Test
  void accentsAndOpeningMarksExtractIntact() {
    Unit unit = ShippedCurriculum.unit("mpe-sumar-restar");
    String text = PdfText.flat(PdfText.text(GUIDE.render(ShippedCurriculum.moduleOf(unit), unit)));
    assertThat(text, containsString("¿Cuánto"));
    assertThat(text, containsString("Lección 1."));
    assertThat(text, containsString("Solución:"));
    Unit synthetic = markedUnit();
    String other = PdfText.text(GUIDE.render(module(synthetic), synthetic));
    assertThat(other, containsString("¡Año"));
    assertThat(other, containsString("áéíóú ÁÉÍÓÚ ñÑ ü"));
  }

  /** WhatsApp's *bold* and _italic_ become bold and slanted text, without the marks. */
  @Test
  void whatsAppMarksBecomeRealBoldAndItalic() {
    Unit unit = markedUnit();
    byte[] pdf = GUIDE.render(module(unit), unit);
    String text = PdfText.flat(PdfText.text(pdf));
    assertThat(text, containsString("Lee despacio y con calma cada palabra."));
    assertThat(text, containsString("Son 4."));
    assertThat(text, containsString("Escribe cuatro con número."));
    assertThat(text, containsString("Cuatro se escribe 4."));
    assertThat(text.replace("3 * 4", ""), not(containsString("*")));
    assertThat(text, not(containsString("_")));
    assertThat(text, not(containsString("~")));
    assertThat("a lone asterisk between spaces is not a mark", text, containsString("3 * 4"));

    List<PdfText.Glyph> glyphs = PdfText.glyphs(pdf);
    String drawn = glyphs.stream().map(PdfText.Glyph::text).collect(Collectors.joining());
    int despacio = drawn.indexOf("despacio");
    int calma = drawn.indexOf("calma", despacio);
    int lee = drawn.indexOf("Lee despacio");
    assertThat(
        glyphs.subList(despacio, despacio + 8).stream().allMatch(PdfText.Glyph::bold), is(true));
    assertThat(glyphs.subList(calma, calma + 5).stream().allMatch(PdfText.Glyph::italic), is(true));
    assertThat(glyphs.subList(calma, calma + 5).stream().anyMatch(PdfText.Glyph::bold), is(false));
    assertThat(glyphs.subList(lee, lee + 3).stream().anyMatch(PdfText.Glyph::bold), is(false));
    assertThat(glyphs.subList(lee, lee + 3).stream().anyMatch(PdfText.Glyph::italic), is(false));
  }

  /** Pages are A5, numbered "Página n", and a unit takes a reasonable number of them. */
  @Test
  void pagesAreA5NumberedAndFew() throws IOException {
    Unit unit = ShippedCurriculum.unit("mpe-sumar-restar");
    try (PDDocument document =
        Loader.loadPDF(GUIDE.render(ShippedCurriculum.moduleOf(unit), unit))) {
      int pages = document.getNumberOfPages();
      assertThat(pages, greaterThanOrEqualTo(4));
      assertThat(
          pages, lessThanOrEqualTo(4 + 2 * unit.lessons().size() + unit.exercises().size() / 2));
      for (int page = 1; page <= pages; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document), containsString("Página " + page));
        PDPage pdPage = document.getPage(page - 1);
        assertThat(Math.round(pdPage.getMediaBox().getWidth()), is(420));
        assertThat(Math.round(pdPage.getMediaBox().getHeight()), is(595));
      }
    }
  }

  /** The body text is at least 12 pt and every font used is embedded. */
  @Test
  void textIsLargeAndFontsEmbedded() throws IOException {
    Unit unit = ShippedCurriculum.unit("mpe-contar");
    byte[] pdf = GUIDE.render(ShippedCurriculum.moduleOf(unit), unit);
    List<Float> sizes = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.getName(), font.isEmbedded(), is(true));
        }
      }
      PDFTextStripper sizer =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
              sizes.add(text.getFontSizeInPt());
            }
          };
      sizer.getText(document);
    }
    long large = sizes.stream().filter(size -> size >= 12f).count();
    assertThat("most characters are 12 pt or more", large * 10, greaterThan(sizes.size() * 9L));
  }

  /** Every character in the shipped curriculum has a glyph in the embedded font. */
  @Test
  void embeddedFontDrawsEveryCharacterOfTheCurriculum() {
    String missing =
        ShippedCurriculum.CURRICULUM.units().stream()
            .flatMap(StudyGuideTest::texts)
            .flatMapToInt(String::codePoints)
            .filter(c -> !Character.isWhitespace(c) && !GUIDE.canDraw(c))
            .distinct()
            .mapToObj(Character::toString)
            .collect(Collectors.joining());
    assertThat(missing, is(""));
  }

  /** Every unit of the shipped curriculum renders to a PDF that PDFBox opens, with its title. */
  @Test
  void everyShippedUnitRenders() throws IOException {
    List<Unit> units = ShippedCurriculum.CURRICULUM.units();
    assertThat(units.size(), greaterThan(10));
    for (Unit unit : units) {
      byte[] pdf = GUIDE.render(ShippedCurriculum.moduleOf(unit), unit);
      assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII), is("%PDF-"));
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertThat(unit.id(), document.getNumberOfPages(), greaterThanOrEqualTo(2));
        PDFTextStripper titlePage = new PDFTextStripper();
        titlePage.setEndPage(1);
        assertThat(
            unit.id(),
            PdfText.flat(titlePage.getText(document)),
            containsString(PdfText.flat(unit.title())));
      }
    }
    assertThat(units.stream().map(Unit::id).toList(), everyItem(not(is(""))));
  }

  /** A unit without exercises still renders, with no empty practice or answer pages. */
  @Test
  void unitWithoutExercisesHasNoPracticeSection() {
    Unit marked = markedUnit();
    Unit lessonsOnly =
        new Unit(
            marked.id(),
            marked.moduleId(),
            marked.title(),
            marked.skills(),
            marked.lessons(),
            List.of(),
            List.of(),
            marked.location());
    String raw = PdfText.text(GUIDE.render(module(lessonsOnly), lessonsOnly));
    List<String> lines = raw.lines().map(String::strip).toList();
    assertThat(raw, containsString("Leer con calma"));
    assertThat(lines.contains("Practica"), is(false));
    assertThat(lines.contains("Respuestas"), is(false));
  }

  private static int lineStart(String raw, List<String> lines, String heading) {
    assertThat(heading + " heading present", lines.contains(heading), is(true));
    Matcher line = Pattern.compile("(?m)^\\s*" + heading + "\\s*$").matcher(raw);
    assertThat(heading + " heading found", line.find(), is(true));
    return line.start();
  }

  private static Stream<String> texts(Unit unit) {
    Stream<String> lessons =
        unit.lessons().stream()
            .flatMap(
                l ->
                    Stream.concat(
                        Stream.concat(Stream.of(l.title()), l.chunks().stream()),
                        l.examples().stream().flatMap(e -> Stream.of(e.problem(), e.solution()))));
    Stream<String> exercises =
        unit.exercises().stream()
            .flatMap(
                e ->
                    Stream.of(
                        e.prompt(),
                        e.solution(),
                        e.answer().canonical(),
                        StudyGuide.answerText(e)));
    Stream<String> options =
        unit.exercises().stream()
            .flatMap(
                e ->
                    e.answer() instanceof Answer.Choice choice
                        ? choice.options().stream().map(Answer.Option::text)
                        : Stream.empty());
    return Stream.of(Stream.of(unit.title()), lessons, exercises, options).flatMap(s -> s);
  }

  static Unit markedUnit() {
    Lesson lesson =
        new Lesson(
            "prueba-leer",
            "Leer con calma",
            5,
            List.of("leer"),
            Optional.empty(),
            List.of(
                "Lee *despacio* y con _calma_ cada ~palabra~.",
                "¡Año nuevo! Letras: áéíóú ÁÉÍÓÚ ñÑ ü. Cuenta 3 * 4 sin prisa."),
            List.of(new Example("¿Cuánto es 2 + 2?", "Son *4*.")),
            Location.NOWHERE);
    Exercise exercise =
        new Exercise(
            "prueba-leer-01",
            List.of("leer"),
            1,
            "Escribe *cuatro* con número.",
            new Answer.NumberAnswer(
                BigDecimal.valueOf(4),
                NumberKind.INTEGER,
                Optional.empty(),
                Optional.empty(),
                List.of()),
            Optional.empty(),
            new Hints("Piensa.", "Cuenta.", "Casi."),
            "Cuatro se escribe _4_.",
            Location.NOWHERE);
    return new Unit(
        "prueba",
        "modulo-prueba",
        "Unidad de prueba",
        List.of(),
        List.of(lesson),
        List.of(exercise),
        List.of(),
        Location.NOWHERE);
  }

  static Module module(Unit unit) {
    return new Module(
        unit.moduleId(),
        "Módulo de prueba",
        Level.INICIAL,
        Area.LENGUA,
        1,
        "Para probar.",
        List.of(unit),
        Location.NOWHERE);
  }
}
