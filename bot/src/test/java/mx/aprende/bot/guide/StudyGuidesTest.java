package mx.aprende.bot.guide;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;
import org.junit.jupiter.api.Test;

class StudyGuidesTest {
  private static final StudyGuide GUIDE = new StudyGuide();

  private final AtomicInteger renders = new AtomicInteger();
  private final BiFunction<Module, Unit, byte[]> counting =
      (module, unit) -> {
        renders.incrementAndGet();
        return GUIDE.render(module, unit);
      };

  /** Asking twice for the same unit renders it once and returns the same bytes. */
  @Test
  void sameUnitIsRenderedOnce() {
    StudyGuides guides = new StudyGuides(counting, StudyGuides.DEFAULT_MAXIMUM_BYTES);
    Unit unit = ShippedCurriculum.unit("mpe-contar");
    Module module = ShippedCurriculum.moduleOf(unit);
    byte[] first = guides.guide(module, unit);
    byte[] second = guides.guide(module, unit);
    assertThat(renders.get(), is(1));
    assertThat(second, is(first));
    // a fresh render differs (OpenPDF stamps the time and a unique id), so equal bytes came from
    // the cache
    assertThat(GUIDE.render(module, unit), not(is(first)));
  }

  /** A unit whose content changed is rendered again, and the new guide shows the change. */
  @Test
  void changedUnitIsRenderedAgain() {
    StudyGuides guides = new StudyGuides(counting, StudyGuides.DEFAULT_MAXIMUM_BYTES);
    Unit unit = ShippedCurriculum.unit("mpe-contar");
    Module module = ShippedCurriculum.moduleOf(unit);
    guides.guide(module, unit);
    List<Lesson> lessons = new ArrayList<>(unit.lessons());
    Lesson first = lessons.getFirst();
    lessons.set(
        0,
        new Lesson(
            first.id(),
            "Contar de tres en tres",
            first.minutes(),
            first.skills(),
            first.image(),
            first.chunks(),
            first.examples(),
            first.location()));
    Unit changed =
        new Unit(
            unit.id(),
            unit.moduleId(),
            unit.title(),
            unit.skills(),
            lessons,
            unit.exercises(),
            unit.generators(),
            unit.location());
    assertThat(StudyGuides.version(module, changed), not(is(StudyGuides.version(module, unit))));
    byte[] updated = guides.guide(module, changed);
    assertThat(renders.get(), is(2));
    assertThat(PdfText.text(updated), containsString("Contar de tres en tres"));
    guides.guide(module, changed);
    assertThat(renders.get(), is(2));
  }

  /** The same content loaded again has the same version, so a reload does not re-render. */
  @Test
  void versionDependsOnContentOnly() {
    Unit unit = ShippedCurriculum.unit("mpe-sumar-restar");
    Module module = ShippedCurriculum.moduleOf(unit);
    Unit copy =
        new Unit(
            unit.id(),
            unit.moduleId(),
            unit.title(),
            unit.skills(),
            List.copyOf(unit.lessons()),
            List.copyOf(unit.exercises()),
            unit.generators(),
            unit.location());
    assertThat(StudyGuides.version(module, copy), is(StudyGuides.version(module, unit)));
    assertThat(
        StudyGuides.version(module, ShippedCurriculum.unit("mpe-contar")),
        not(is(StudyGuides.version(module, unit))));
  }

  /**
   * The cache holds no more PDF bytes than its bound: two guides that do not fit are re-rendered.
   */
  @Test
  void cacheIsBoundedByBytes() {
    Unit contar = ShippedCurriculum.unit("mpe-contar");
    Unit sumar = ShippedCurriculum.unit("mpe-sumar-restar");
    Module module = ShippedCurriculum.moduleOf(contar);
    long oneGuide =
        Math.max(GUIDE.render(module, contar).length, GUIDE.render(module, sumar).length);
    StudyGuides guides = new StudyGuides(counting, oneGuide + oneGuide / 2);
    guides.guide(module, contar);
    guides.guide(module, sumar);
    guides.guide(module, contar);
    guides.guide(module, sumar);
    assertThat("both guides cannot be kept at once", renders.get() >= 3, is(true));
  }

  /** Callers get a copy: changing it does not change what the next learner receives. */
  @Test
  void callersCannotCorruptTheCache() {
    StudyGuides guides = new StudyGuides(GUIDE, StudyGuides.DEFAULT_MAXIMUM_BYTES);
    Unit unit = ShippedCurriculum.unit("mpe-contar");
    Module module = ShippedCurriculum.moduleOf(unit);
    byte[] first = guides.guide(module, unit);
    byte[] kept = first.clone();
    first[0] = 'X';
    assertThat(guides.guide(module, unit), is(kept));
  }
}
