package mx.aprende.bot.conversation;

import java.util.List;
import mx.aprende.engine.policy.Activity;

/**
 * "Mi progreso": what is mastered in the current module, what comes next and how far the module
 * exam is, in words and a text bar ({@code ▓▓▓▓▓▓░░░░ 60 %}).
 */
final class ProgressReport {

  static final int BAR = 10;
  private static final int NAMES_SHOWN = 4;

  private final Course course;
  private final LearnerModel engine;

  ProgressReport(Course course, LearnerModel engine) {
    this.course = course;
    this.engine = engine;
  }

  /** The report, with <i>Seguir</i> / <i>Menú</i> buttons. */
  Reply report(Session session) {
    String module = session.study().module().orElseThrow();
    List<String> skills = course.skillsOf(module);
    List<String> mastered =
        skills.stream().filter(s -> engine.mastered(session.learnerKey(), s)).toList();
    int percent = skills.isEmpty() ? 0 : (int) Math.round(100.0 * mastered.size() / skills.size());
    StringBuilder text =
        new StringBuilder("📊 *Tu progreso en ")
            .append(course.moduleTitle(module))
            .append("*\n\n")
            .append(bar(percent))
            .append("\nDominas ")
            .append(mastered.size())
            .append(" de ")
            .append(skills.size())
            .append(" temas.");
    if (!mastered.isEmpty()) {
      text.append("\n\n✅ Ya sabes: ").append(names(mastered)).append('.');
    }
    String next =
        switch (engine.next(session.learnerKey(), module)) {
          case Activity.NewLesson lesson ->
              "una lección de *" + course.skillName(lesson.skill()) + "*";
          case Activity.Practice practice ->
              "practicar *" + course.skillName(practice.skill()) + "*";
          case Activity.Review review -> "repasar *" + course.skillName(review.skill()) + "*";
          case Activity.ModuleExam exam -> "¡el examen del módulo!";
          case Activity.Blocked blocked -> "elegir otro módulo en el menú";
        };
    text.append("\n➡️ Lo que sigue: ").append(next);
    int missing = skills.size() - mastered.size();
    text.append("\n🎓 ")
        .append(
            missing == 0
                ? "Ya puedes presentar el examen del módulo."
                : "Te "
                    + (missing == 1 ? "falta 1 tema" : "faltan " + missing + " temas")
                    + " para el examen del módulo.");
    if (session.streak().days() >= 2) {
      text.append("\n🔥 Llevas ").append(session.streak().days()).append(" días seguidos.");
    }
    return Studying.continueButtons(text.toString());
  }

  /** A bar of ten blocks and the percent: {@code ▓▓▓▓▓▓░░░░ 60 %}. */
  static String bar(int percent) {
    int full = Math.round(percent * BAR / 100f);
    return "▓".repeat(full) + "░".repeat(BAR - full) + " " + percent + " %";
  }

  private String names(List<String> skills) {
    List<String> names = skills.stream().limit(NAMES_SHOWN).map(course::skillName).toList();
    String listed = String.join(", ", names);
    return skills.size() > NAMES_SHOWN
        ? listed + " y " + (skills.size() - NAMES_SHOWN) + " más"
        : listed;
  }
}
