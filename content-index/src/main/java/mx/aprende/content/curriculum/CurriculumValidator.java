package mx.aprende.content.curriculum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import mx.aprende.content.ContentException;
import mx.aprende.content.math.ArithmeticExpression;
import mx.aprende.content.math.NumericLiteral;
import mx.aprende.content.math.Rational;

/**
 * Checks a loaded curriculum against the authoring contract and reports every problem with its file
 * and line: ids, duplicates, unknown skills, prerequisite cycles, WhatsApp length limits, choice
 * options, {@code compute} against the answer, and generators (each sampled and its items checked
 * like authored ones).
 */
public final class CurriculumValidator {
  private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

  private final ExerciseGenerators generators;
  private final int samplesPerGenerator;

  /** A validator that draws {@code samplesPerGenerator} items from each declared generator. */
  public CurriculumValidator(ExerciseGenerators generators, int samplesPerGenerator) {
    this.generators = generators;
    this.samplesPerGenerator = samplesPerGenerator;
  }

  /** Loads {@code root} and validates it: every problem, sorted by file and line. */
  public List<Problem> check(Path root) {
    LoadResult loaded = CurriculumLoader.load(root);
    List<Problem> all = new ArrayList<>(loaded.problems());
    all.addAll(validate(loaded.curriculum()));
    all.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
    return all;
  }

  /** The problems of {@code curriculum} beyond its shape (which the loader reports). */
  public List<Problem> validate(Curriculum curriculum) {
    List<Problem> problems = new ArrayList<>();
    Set<String> skillIds = new HashSet<>();
    curriculum.skills().forEach(s -> skillIds.add(s.id()));
    Set<String> lessonIds = new HashSet<>();
    curriculum.lessons().forEach(l -> lessonIds.add(l.id()));

    Ids ids = new Ids(problems);
    for (Module module : curriculum.modules()) {
      ids.check("module", module.id(), module.location());
      boolean math = module.area() == Area.MATEMATICAS;
      for (Unit unit : module.units()) {
        ids.check("unit", unit.id(), unit.location());
        for (Skill skill : unit.skills()) {
          ids.check("skill", skill.id(), skill.location());
          knownSkills(
              problems, skill.location(), "skill " + skill.id(), skill.prerequisites(), skillIds);
        }
        for (Lesson lesson : unit.lessons()) {
          ids.check("lesson", lesson.id(), lesson.location());
          lesson(problems, lesson, skillIds);
        }
        for (Exercise exercise : unit.exercises()) {
          ids.check("exercise", exercise.id(), exercise.location());
          knownSkills(
              problems,
              exercise.location(),
              "exercise " + exercise.id(),
              exercise.skills(),
              skillIds);
          problems.addAll(validateExercise(exercise, math, exercise.location(), ""));
        }
        for (GeneratorSpec spec : unit.generators()) {
          ids.check("generator", spec.id(), spec.location());
          knownSkills(problems, spec.location(), "generator " + spec.id(), spec.skills(), skillIds);
          generator(problems, spec, math);
        }
      }
    }
    for (List<String> cycle : SkillGraph.of(curriculum).cycles()) {
      Location at =
          curriculum.skill(cycle.getFirst()).map(Skill::location).orElse(Location.NOWHERE);
      problems.add(Problem.at(at, "prerequisite cycle: " + String.join(" → ", cycle)));
    }
    Set<String> terms = new HashSet<>();
    for (GlossaryTerm term : curriculum.glossary()) {
      if (!terms.add(term.term().toLowerCase(Locale.ROOT))) {
        problems.add(
            Problem.at(term.location(), "glossary term '" + term.term() + "' appears twice"));
      }
      for (String lesson : term.lessons()) {
        if (!lessonIds.contains(lesson)) {
          problems.add(
              Problem.at(
                  term.location(),
                  "glossary term '" + term.term() + "': unknown lesson '" + lesson + "'"));
        }
      }
    }
    return problems;
  }

  /**
   * The problems of one exercise: limits, hints, choice options, {@code compute}. {@code math}
   * requires {@code compute} for numeric answers; {@code prefix} starts each message.
   */
  public List<Problem> validateExercise(
      Exercise exercise, boolean math, Location at, String prefix) {
    List<Problem> problems = new ArrayList<>();
    String what = prefix + "exercise " + exercise.id();
    if (exercise.skills().isEmpty()) {
      problems.add(Problem.at(at, what + " practises no skill"));
    }
    if (exercise.difficulty() < 1 || exercise.difficulty() > 5) {
      problems.add(Problem.at(at, what + ": difficulty must be 1–5, not " + exercise.difficulty()));
    }
    blank(problems, at, what + ": prompt", exercise.prompt());
    blank(problems, at, what + ": solution", exercise.solution());
    limit(problems, at, what + ": prompt", exercise.prompt(), Limits.PROMPT);
    limit(problems, at, what + ": solution", exercise.solution(), Limits.TEXT_MESSAGE);
    for (String hint : exercise.hints().asList()) {
      blank(problems, at, what + ": a hint", hint);
      limit(problems, at, what + ": a hint", hint, Limits.TEXT_MESSAGE);
    }
    Optional<Rational> expected = answerValue(problems, exercise, at, what);
    if (exercise.compute().isPresent()) {
      compute(problems, exercise, expected, at, what);
    } else if (math && expected.isPresent()) {
      problems.add(
          Problem.at(
              at, what + ": a mathematics answer needs 'compute' (the expression that gives it)"));
    }
    return problems;
  }

  private Optional<Rational> answerValue(
      List<Problem> problems, Exercise exercise, Location at, String what) {
    return switch (exercise.answer()) {
      case Answer.Choice choice -> {
        choiceOptions(problems, choice, at, what);
        yield NumericLiteral.parseQuantity(choice.canonical());
      }
      case Answer.NumberAnswer number -> {
        for (Misconception m : number.misconceptions()) {
          Optional<Rational> wrong = NumericLiteral.parse(m.answer());
          if (wrong.isEmpty()) {
            problems.add(
                Problem.at(
                    at, what + ": misconception answer '" + m.answer() + "' is not a number"));
          } else if (wrong.get().equals(Rational.of(number.value()))) {
            problems.add(Problem.at(at, what + ": misconception answer equals the correct answer"));
          }
        }
        yield Optional.of(Rational.of(number.value()));
      }
      case Answer.FractionAnswer fraction -> Optional.of(fraction.value());
      case Answer.TextAnswer text -> {
        text.accepted().forEach(a -> blank(problems, at, what + ": an accepted answer", a));
        yield Optional.empty();
      }
      case Answer.TrueFalse ignored -> Optional.empty();
      case Answer.Ordering ordering -> {
        int n = ordering.items().size();
        if (n < Limits.MIN_ITEMS || n > Limits.MAX_ITEMS) {
          problems.add(Problem.at(at, what + ": an ordering needs 3–6 items, not " + n));
        }
        if (new HashSet<>(ordering.items()).size() != n) {
          problems.add(Problem.at(at, what + ": ordering items must be different"));
        }
        yield Optional.empty();
      }
    };
  }

  private void choiceOptions(
      List<Problem> problems, Answer.Choice choice, Location at, String what) {
    int n = choice.options().size();
    if (n < Limits.MIN_OPTIONS || n > Limits.MAX_OPTIONS) {
      problems.add(Problem.at(at, what + ": a choice needs 2–10 options, not " + n));
    }
    int max = n <= Limits.MAX_BUTTONS ? Limits.BUTTON_TITLE : Limits.ROW_TITLE;
    Set<String> texts = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Answer.Option option = choice.options().get(i);
      limit(problems, at, what + ": option '" + option.text() + "'", option.text(), max);
      if (!texts.add(option.text().trim().toLowerCase(Locale.ROOT))) {
        problems.add(Problem.at(at, what + ": option '" + option.text() + "' appears twice"));
      }
      if (i != choice.correct() && option.feedback().filter(f -> !f.isBlank()).isEmpty()) {
        problems.add(
            Problem.at(
                at,
                what + ": wrong option '" + option.text() + "' needs feedback naming the mistake"));
      }
    }
  }

  private void compute(
      List<Problem> problems,
      Exercise exercise,
      Optional<Rational> expected,
      Location at,
      String what) {
    String expression = exercise.compute().orElseThrow();
    Rational value;
    try {
      value = ArithmeticExpression.evaluate(expression);
    } catch (ContentException e) {
      problems.add(Problem.at(at, what + ": " + e.getMessage()));
      return;
    }
    if (expected.isEmpty()) {
      problems.add(
          Problem.at(
              at,
              what
                  + ": 'compute' is given but the answer '"
                  + exercise.answer().canonical()
                  + "' is not a number"));
      return;
    }
    Rational tolerance =
        exercise.answer() instanceof Answer.NumberAnswer n
            ? n.tolerance().map(Rational::of).orElse(Rational.ZERO)
            : Rational.ZERO;
    if (value.minus(expected.get()).abs().compareTo(tolerance) > 0) {
      problems.add(
          Problem.at(
              at,
              what
                  + ": compute \""
                  + expression
                  + "\" = "
                  + value.toDisplayString()
                  + " but the answer is "
                  + expected.get().toDisplayString()));
    }
  }

  private void generator(List<Problem> problems, GeneratorSpec spec, boolean math) {
    if (!generators.names().contains(spec.generator())) {
      problems.add(
          Problem.at(
              spec.location(),
              "generator "
                  + spec.id()
                  + ": unknown generator '"
                  + spec.generator()
                  + "' (known: "
                  + String.join(", ", generators.names().stream().sorted().toList())
                  + ")"));
      return;
    }
    Set<String> known = generators.params(spec.generator());
    for (String param : spec.params().keySet()) {
      if (!known.contains(param)) {
        problems.add(
            Problem.at(
                spec.location(),
                "generator "
                    + spec.id()
                    + ": unknown param '"
                    + param
                    + "' for "
                    + spec.generator()
                    + " (known: "
                    + String.join(", ", known.stream().sorted().toList())
                    + ")"));
      }
    }
    SplittableRandom random = new SplittableRandom(spec.id().hashCode());
    for (int i = 0; i < samplesPerGenerator; i++) {
      Exercise item;
      try {
        item = generators.generate(spec, random, i);
      } catch (ContentException e) {
        problems.add(
            Problem.at(spec.location(), "generator " + spec.id() + " failed: " + e.getMessage()));
        return;
      }
      List<Problem> itemProblems =
          validateExercise(item, math, spec.location(), "generator " + spec.id() + " produced ");
      if (!itemProblems.isEmpty()) {
        problems.addAll(itemProblems);
        return;
      }
    }
  }

  private static void lesson(List<Problem> problems, Lesson lesson, Set<String> skillIds) {
    String what = "lesson " + lesson.id();
    knownSkills(problems, lesson.location(), what, lesson.skills(), skillIds);
    if (lesson.chunks().size() > Limits.MAX_CHUNKS) {
      problems.add(
          Problem.at(
              lesson.location(), what + " has " + lesson.chunks().size() + " chunks (at most 6)"));
    }
    for (int i = 0; i < lesson.chunks().size(); i++) {
      limit(
          problems,
          lesson.location(),
          what + ": chunk " + (i + 1),
          lesson.chunks().get(i),
          Limits.CHUNK);
    }
    if (lesson.examples().size() > Limits.MAX_EXAMPLES) {
      problems.add(
          Problem.at(
              lesson.location(),
              what + " has " + lesson.examples().size() + " examples (at most 3)"));
    }
    if (lesson.minutes() <= 0) {
      problems.add(Problem.at(lesson.location(), what + ": minutes must be positive"));
    }
  }

  private static void knownSkills(
      List<Problem> problems, Location at, String what, List<String> skills, Set<String> known) {
    for (String skill : skills) {
      if (!known.contains(skill)) {
        problems.add(Problem.at(at, what + ": unknown skill '" + skill + "'"));
      }
    }
  }

  private static void limit(
      List<Problem> problems, Location at, String what, String text, int max) {
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      problems.add(Problem.at(at, what + " is " + length + " characters (limit " + max + ")"));
    }
  }

  private static void blank(List<Problem> problems, Location at, String what, String text) {
    if (text.isBlank()) {
      problems.add(Problem.at(at, what + " is empty"));
    }
  }

  /** Tracks ids per kind: reports malformed ids and duplicates with the first definition. */
  private static final class Ids {
    private final List<Problem> problems;
    private final Map<String, Location> seen = new HashMap<>();

    Ids(List<Problem> problems) {
      this.problems = problems;
    }

    void check(String kind, String id, Location at) {
      if (!ID.matcher(id).matches()) {
        problems.add(
            Problem.at(
                at,
                kind + " id '" + id + "' must be lowercase letters, digits and hyphens (2–63)"));
      }
      Location first = seen.putIfAbsent(kind + ":" + id, at);
      if (first != null) {
        problems.add(
            Problem.at(at, "duplicate " + kind + " id '" + id + "' (first at " + first + ")"));
      }
    }
  }
}
