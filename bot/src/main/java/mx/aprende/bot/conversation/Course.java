package mx.aprende.bot.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Level;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Skill;
import mx.aprende.content.curriculum.Unit;

/**
 * The curriculum as the conversation reads it: lessons by skill, exercises by id, modules in the
 * order a goal studies them. Built once at start-up; immutable.
 */
public final class Course {

  private final Curriculum curriculum;
  private final Map<String, Lesson> lessonOfSkill = new HashMap<>();
  private final Map<String, String> moduleOfSkill = new HashMap<>();

  public Course(Curriculum curriculum) {
    this.curriculum = curriculum;
    for (Module module : curriculum.modules()) {
      for (Unit unit : module.units()) {
        unit.skills().forEach(s -> moduleOfSkill.putIfAbsent(s.id(), module.id()));
        for (Lesson lesson : unit.lessons()) {
          lesson.skills().forEach(s -> lessonOfSkill.putIfAbsent(s, lesson));
        }
      }
    }
  }

  Optional<Lesson> lesson(String id) {
    return curriculum.lesson(id);
  }

  /** The first lesson that teaches {@code skill}. */
  Optional<Lesson> lessonFor(String skill) {
    return Optional.ofNullable(lessonOfSkill.get(skill));
  }

  Optional<Exercise> exercise(String id) {
    return curriculum.exercise(id);
  }

  Optional<Module> module(String id) {
    return curriculum.module(id);
  }

  /** The title of module {@code id}, or its id. */
  String moduleTitle(String id) {
    return curriculum.module(id).map(Module::title).orElse(id);
  }

  /** A skill's name as learners read it. */
  String skillName(String id) {
    return curriculum.skill(id).map(Skill::name).orElse(id);
  }

  Optional<String> moduleOfSkill(String skill) {
    return Optional.ofNullable(moduleOfSkill.get(skill));
  }

  /** Skills of module {@code id} in teaching order. */
  List<String> skillsOf(String moduleId) {
    return curriculum
        .module(moduleId)
        .map(m -> m.units().stream().flatMap(u -> u.skills().stream()).map(Skill::id).toList())
        .orElse(List.of());
  }

  /** Modules in the order a learner with {@code goal} works through them. */
  List<String> modulesFor(Profile.Goal goal) {
    List<Level> levels =
        switch (goal) {
          case PRIMARIA, UNSURE -> List.of(Level.INICIAL, Level.INTERMEDIO, Level.AVANZADO);
          case SECUNDARIA -> List.of(Level.AVANZADO, Level.INICIAL, Level.INTERMEDIO);
        };
    List<String> ids = new ArrayList<>();
    for (Level level : levels) {
      curriculum.modules().stream().filter(m -> m.level() == level).forEach(m -> ids.add(m.id()));
    }
    return ids;
  }
}
