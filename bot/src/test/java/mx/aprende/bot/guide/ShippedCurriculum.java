package mx.aprende.bot.guide;

import java.nio.file.Path;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;

/** The curriculum shipped in {@code <project>/curriculum}, loaded once for the guide tests. */
final class ShippedCurriculum {
  static final Curriculum CURRICULUM =
      CurriculumLoader.load(
              Path.of(System.getProperty("aprende.project.dir", "..")).resolve("curriculum"))
          .curriculum();

  private ShippedCurriculum() {}

  static Unit unit(String id) {
    return CURRICULUM.unit(id).orElseThrow(() -> new AssertionError("No unit " + id));
  }

  static Module moduleOf(Unit unit) {
    return CURRICULUM.module(unit.moduleId()).orElseThrow();
  }
}
