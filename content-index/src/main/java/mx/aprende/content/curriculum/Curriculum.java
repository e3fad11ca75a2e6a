package mx.aprende.content.curriculum;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole loaded curriculum: modules sorted by level then order, the glossary and the synonym
 * groups. Lookups by id keep the first definition when ids are duplicated (the validator reports
 * duplicates).
 */
public final class Curriculum {
  private final List<Module> modules;
  private final List<GlossaryTerm> glossary;
  private final List<List<String>> synonyms;
  private final Map<String, Module> modulesById = new LinkedHashMap<>();
  private final Map<String, Unit> unitsById = new LinkedHashMap<>();
  private final Map<String, Lesson> lessonsById = new LinkedHashMap<>();
  private final Map<String, Exercise> exercisesById = new LinkedHashMap<>();
  private final Map<String, Skill> skillsById = new LinkedHashMap<>();
  private final Map<String, Unit> unitOfLesson = new LinkedHashMap<>();

  /** A curriculum of {@code modules}, {@code glossary} terms and {@code synonyms} groups. */
  public Curriculum(
      List<Module> modules, List<GlossaryTerm> glossary, List<List<String>> synonyms) {
    this.modules =
        modules.stream()
            .sorted(Comparator.comparing(Module::level).thenComparingInt(Module::order))
            .toList();
    this.glossary = List.copyOf(glossary);
    this.synonyms = synonyms.stream().map(List::copyOf).toList();
    for (Module module : this.modules) {
      modulesById.putIfAbsent(module.id(), module);
      for (Unit unit : module.units()) {
        unitsById.putIfAbsent(unit.id(), unit);
        unit.skills().forEach(s -> skillsById.putIfAbsent(s.id(), s));
        for (Lesson lesson : unit.lessons()) {
          lessonsById.putIfAbsent(lesson.id(), lesson);
          unitOfLesson.putIfAbsent(lesson.id(), unit);
        }
        unit.exercises().forEach(e -> exercisesById.putIfAbsent(e.id(), e));
      }
    }
  }

  /** Modules sorted by level, then by their order. */
  public List<Module> modules() {
    return modules;
  }

  /** The glossary terms. */
  public List<GlossaryTerm> glossary() {
    return glossary;
  }

  /** Synonym groups: each a list of equivalent words or phrases, lowercase. */
  public List<List<String>> synonyms() {
    return synonyms;
  }

  /** All units in teaching order. */
  public List<Unit> units() {
    return modules.stream().flatMap(m -> m.units().stream()).toList();
  }

  /** All skills, in the order they were declared. */
  public List<Skill> skills() {
    return units().stream().flatMap(u -> u.skills().stream()).toList();
  }

  /** All lessons in teaching order. */
  public List<Lesson> lessons() {
    return units().stream().flatMap(u -> u.lessons().stream()).toList();
  }

  /** All authored exercises. */
  public List<Exercise> exercises() {
    return units().stream().flatMap(u -> u.exercises().stream()).toList();
  }

  /** All generator declarations. */
  public List<GeneratorSpec> generators() {
    return units().stream().flatMap(u -> u.generators().stream()).toList();
  }

  /** The module {@code id}. */
  public Optional<Module> module(String id) {
    return Optional.ofNullable(modulesById.get(id));
  }

  /** The unit {@code id}. */
  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(unitsById.get(id));
  }

  /** The lesson {@code id}. */
  public Optional<Lesson> lesson(String id) {
    return Optional.ofNullable(lessonsById.get(id));
  }

  /** The unit that holds lesson {@code lessonId}. */
  public Optional<Unit> unitOfLesson(String lessonId) {
    return Optional.ofNullable(unitOfLesson.get(lessonId));
  }

  /** The exercise {@code id}. */
  public Optional<Exercise> exercise(String id) {
    return Optional.ofNullable(exercisesById.get(id));
  }

  /** The skill {@code id}. */
  public Optional<Skill> skill(String id) {
    return Optional.ofNullable(skillsById.get(id));
  }
}
