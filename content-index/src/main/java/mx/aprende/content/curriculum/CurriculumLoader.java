package mx.aprende.content.curriculum;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import mx.aprende.content.ContentException;
import mx.aprende.content.math.NumericLiteral;
import mx.aprende.content.math.Rational;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a curriculum folder (see {@code docs/curriculum-format.md}) into a {@link Curriculum}. It
 * never stops at the first problem: every shape problem is collected with its file and line, and
 * items that cannot be built are left out. Cross-references and limits are checked afterwards by
 * {@link CurriculumValidator}.
 */
public final class CurriculumLoader {
  private static final Set<String> MODULE_KEYS =
      Set.of("module", "title", "level", "area", "order", "summary", "units");
  private static final Set<String> UNIT_KEYS =
      Set.of("unit", "module", "title", "skills", "lessons", "exercises", "generators");
  private static final Set<String> SKILL_KEYS = Set.of("id", "name", "prerequisites");
  private static final Set<String> LESSON_KEYS =
      Set.of("id", "title", "minutes", "skills", "image", "chunks", "examples");
  private static final Set<String> EXAMPLE_KEYS = Set.of("problem", "solution");
  private static final Set<String> EXERCISE_KEYS =
      Set.of(
          "id",
          "type",
          "skills",
          "difficulty",
          "prompt",
          "options",
          "answer",
          "answers",
          "kind",
          "unit",
          "tolerance",
          "misconceptions",
          "accept-equivalent",
          "feedback-wrong",
          "items",
          "compute",
          "hints",
          "solution");
  private static final Set<String> OPTION_KEYS = Set.of("text", "correct", "feedback");
  private static final Set<String> MISCONCEPTION_KEYS = Set.of("answer", "feedback");
  private static final Set<String> GENERATOR_KEYS =
      Set.of("id", "generator", "skills", "difficulty", "params");
  private static final Set<String> GLOSSARY_KEYS = Set.of("terms");
  private static final Set<String> TERM_KEYS = Set.of("term", "definition", "synonyms", "lessons");

  private final Path root;
  private final List<Problem> problems = new ArrayList<>();

  private CurriculumLoader(Path root) {
    this.root = root;
  }

  /**
   * Loads the curriculum under {@code root}.
   *
   * @throws ContentException when {@code root} has no {@code modules} folder or cannot be read
   */
  public static LoadResult load(Path root) {
    if (!Files.isDirectory(root.resolve("modules"))) {
      throw new ContentException("No curriculum at " + root + ": missing folder 'modules'");
    }
    CurriculumLoader loader = new CurriculumLoader(root);
    return loader.loadAll();
  }

  private LoadResult loadAll() {
    List<Module> modules = new ArrayList<>();
    for (Path folder : list(root.resolve("modules"))) {
      if (Files.isDirectory(folder)) {
        module(folder).ifPresent(modules::add);
      }
    }
    List<GlossaryTerm> glossary = glossary();
    List<List<String>> synonyms = synonyms();
    return new LoadResult(new Curriculum(modules, glossary, synonyms), problems);
  }

  private Optional<Module> module(Path folder) {
    String folderName = folder.getFileName().toString();
    Path moduleFile = folder.resolve("module.yaml");
    if (!Files.isRegularFile(moduleFile)) {
      problems.add(new Problem(relative(folder), 0, "module folder without module.yaml"));
      return Optional.empty();
    }
    Optional<YamlMap> parsed = parse(moduleFile);
    if (parsed.isEmpty() || !parsed.get().isMapping("module.yaml")) {
      return Optional.empty();
    }
    YamlMap yaml = parsed.get();
    yaml.allowOnly(MODULE_KEYS, "module.yaml");
    String what = "module " + folderName;
    Optional<String> id = yaml.string("module", what);
    id.filter(i -> !i.equals(folderName))
        .ifPresent(
            i ->
                problems.add(
                    Problem.at(
                        yaml.location("module"),
                        "module id '"
                            + i
                            + "' differs from its folder name '"
                            + folderName
                            + "'")));
    Optional<String> title = yaml.string("title", what);
    Optional<String> summary = yaml.string("summary", what);
    Optional<Level> level =
        yaml.string("level", what)
            .flatMap(
                l -> enumValue(yaml, "level", Level.fromId(l), l, "inicial, intermedio, avanzado"));
    Optional<Area> area =
        yaml.string("area", what)
            .flatMap(
                a ->
                    enumValue(
                        yaml, "area", Area.fromId(a), a, "matematicas, lengua, ciencias, vida"));
    OptionalInt order = yaml.integer("order", what);
    title.ifPresent(t -> limit(yaml, "title", "module title", t, Limits.ROW_TITLE));
    summary.ifPresent(t -> limit(yaml, "summary", "module summary", t, Limits.ROW_DESCRIPTION));
    List<String> unitIds = yaml.strings("units");
    if (unitIds.isEmpty()) {
      yaml.problem(what + " lists no units");
    }

    Map<String, Path> unitFiles = new LinkedHashMap<>();
    for (Path file : list(folder)) {
      String name = file.getFileName().toString();
      if (name.endsWith(".yaml") && !name.equals("module.yaml")) {
        unitFiles.put(name.substring(0, name.length() - ".yaml".length()), file);
      } else if (!name.equals("module.yaml")) {
        problems.add(new Problem(relative(file), 0, "unexpected file (units are <unit-id>.yaml)"));
      }
    }
    List<Unit> units = new ArrayList<>();
    for (String unitId : unitIds) {
      Path file = unitFiles.remove(unitId);
      if (file == null) {
        problems.add(
            Problem.at(
                yaml.location("units"),
                "unit '"
                    + unitId
                    + "' is listed but "
                    + relative(folder.resolve(unitId + ".yaml"))
                    + " does not exist"));
      } else {
        unit(file, folderName).ifPresent(units::add);
      }
    }
    for (Path orphan : unitFiles.values()) {
      problems.add(
          new Problem(relative(orphan), 1, "unit file not listed in the module's 'units'"));
      unit(orphan, folderName).ifPresent(units::add);
    }
    if (id.isEmpty()
        || title.isEmpty()
        || level.isEmpty()
        || area.isEmpty()
        || order.isEmpty()
        || summary.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Module(
            id.get(),
            title.get(),
            level.get(),
            area.get(),
            order.getAsInt(),
            summary.get(),
            units,
            yaml.location()));
  }

  private Optional<Unit> unit(Path file, String moduleId) {
    Optional<YamlMap> parsed = parse(file);
    if (parsed.isEmpty() || !parsed.get().isMapping("a unit file")) {
      return Optional.empty();
    }
    YamlMap yaml = parsed.get();
    yaml.allowOnly(UNIT_KEYS, "a unit file");
    String fileId = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    String what = "unit " + fileId;
    Optional<String> id = yaml.string("unit", what);
    id.filter(i -> !i.equals(fileId))
        .ifPresent(
            i ->
                problems.add(
                    Problem.at(
                        yaml.location("unit"), "unit id '" + i + "' differs from its file name")));
    yaml.string("module", what)
        .filter(m -> !m.equals(moduleId))
        .ifPresent(
            m ->
                problems.add(
                    Problem.at(
                        yaml.location("module"),
                        "unit says module '"
                            + m
                            + "' but lives in the folder of '"
                            + moduleId
                            + "'")));
    Optional<String> title = yaml.string("title", what);
    List<Skill> skills = yaml.maps("skills").stream().flatMap(s -> skill(s).stream()).toList();
    List<Lesson> lessons = yaml.maps("lessons").stream().flatMap(l -> lesson(l).stream()).toList();
    List<Exercise> exercises =
        yaml.maps("exercises").stream().flatMap(e -> exercise(e).stream()).toList();
    List<GeneratorSpec> generators =
        yaml.maps("generators").stream().flatMap(g -> generator(g).stream()).toList();
    if (id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Unit(
            id.get(),
            moduleId,
            title.get(),
            skills,
            lessons,
            exercises,
            generators,
            yaml.location()));
  }

  private Optional<Skill> skill(YamlMap yaml) {
    yaml.allowOnly(SKILL_KEYS, "a skill");
    Optional<String> id = yaml.string("id", "skill");
    Optional<String> name = yaml.string("name", "skill " + id.orElse("?"));
    if (id.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Skill(id.get(), name.get(), yaml.strings("prerequisites"), yaml.location()));
  }

  private Optional<Lesson> lesson(YamlMap yaml) {
    yaml.allowOnly(LESSON_KEYS, "a lesson");
    Optional<String> id = yaml.string("id", "lesson");
    String what = "lesson " + id.orElse("?");
    Optional<String> title = yaml.string("title", what);
    OptionalInt minutes = yaml.integer("minutes", what);
    List<String> chunks = yaml.strings("chunks");
    if (chunks.isEmpty()) {
      yaml.problem(what + " has no chunks (1–6 explanation chunks are required)");
    }
    List<Example> examples = new ArrayList<>();
    for (YamlMap example : yaml.maps("examples")) {
      example.allowOnly(EXAMPLE_KEYS, "an example");
      Optional<String> problem = example.string("problem", "example of " + what);
      Optional<String> solution = example.string("solution", "example of " + what);
      if (problem.isPresent() && solution.isPresent()) {
        examples.add(new Example(problem.get(), solution.get()));
      }
    }
    if (id.isEmpty() || title.isEmpty() || minutes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Lesson(
            id.get(),
            title.get(),
            minutes.getAsInt(),
            yaml.strings("skills"),
            yaml.optionalString("image"),
            chunks,
            examples,
            yaml.location()));
  }

  private Optional<Exercise> exercise(YamlMap yaml) {
    yaml.allowOnly(EXERCISE_KEYS, "an exercise");
    Optional<String> id = yaml.string("id", "exercise");
    String what = "exercise " + id.orElse("?");
    Optional<String> type = yaml.string("type", what);
    OptionalInt difficulty = yaml.integer("difficulty", what);
    Optional<String> prompt = yaml.string("prompt", what);
    Optional<String> solution = yaml.string("solution", what);
    List<String> hintList = yaml.strings("hints");
    if (hintList.size() != 3) {
      yaml.problem(
          what
              + (hintList.isEmpty() ? " is missing 'hints'" : " has " + hintList.size() + " hints")
              + " (exactly 3 are needed: nudge, key step, nearly the answer)");
    }
    Optional<Answer> answer = type.flatMap(t -> answer(yaml, t, what));
    if (id.isEmpty()
        || difficulty.isEmpty()
        || prompt.isEmpty()
        || solution.isEmpty()
        || hintList.size() != 3
        || answer.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Exercise(
            id.get(),
            yaml.strings("skills"),
            difficulty.getAsInt(),
            prompt.get(),
            answer.get(),
            yaml.optionalString("compute"),
            new Hints(hintList.get(0), hintList.get(1), hintList.get(2)),
            solution.get(),
            yaml.location()));
  }

  private Optional<Answer> answer(YamlMap yaml, String type, String what) {
    return switch (type) {
      case "choice" -> choice(yaml, what);
      case "number" -> number(yaml, what);
      case "fraction" -> fraction(yaml, what);
      case "text" -> text(yaml, what);
      case "true-false" -> trueFalse(yaml, what);
      case "ordering" -> ordering(yaml, what);
      default -> {
        problems.add(
            Problem.at(
                yaml.location("type"),
                what
                    + " has unknown type '"
                    + type
                    + "' (choice, number, fraction, text, true-false, ordering)"));
        yield Optional.empty();
      }
    };
  }

  private Optional<Answer> choice(YamlMap yaml, String what) {
    List<YamlMap> optionMaps = yaml.maps("options");
    if (optionMaps.isEmpty()) {
      yaml.problem(what + " is missing 'options' (a choice needs 2–10)");
      return Optional.empty();
    }
    List<Answer.Option> options = new ArrayList<>();
    List<Integer> correct = new ArrayList<>();
    for (YamlMap option : optionMaps) {
      option.allowOnly(OPTION_KEYS, "an option");
      Optional<String> text = option.string("text", "option of " + what);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (option.optionalString("correct").map(c -> c.equals("true")).orElse(false)) {
        correct.add(options.size());
      }
      options.add(new Answer.Option(text.get(), option.optionalString("feedback")));
    }
    if (correct.size() != 1) {
      yaml.problem(
          what + " has " + correct.size() + " correct options; exactly one must say correct: true");
      return Optional.empty();
    }
    return Optional.of(new Answer.Choice(options, correct.getFirst()));
  }

  private Optional<Answer> number(YamlMap yaml, String what) {
    Optional<BigDecimal> value =
        yaml.string("answer", what).flatMap(a -> decimal(yaml, "answer", a));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<NumberKind> kind =
        yaml.optionalString("kind")
            .map(k -> enumValue(yaml, "kind", NumberKind.fromId(k), k, "integer, decimal, money"))
            .orElseGet(
                () ->
                    Optional.of(
                        value.get().stripTrailingZeros().scale() <= 0
                            ? NumberKind.INTEGER
                            : NumberKind.DECIMAL));
    Optional<BigDecimal> tolerance =
        yaml.optionalString("tolerance").flatMap(t -> decimal(yaml, "tolerance", t));
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Answer.NumberAnswer(
            value.get(),
            kind.get(),
            tolerance,
            yaml.optionalString("unit"),
            misconceptions(yaml, what)));
  }

  private Optional<Answer> fraction(YamlMap yaml, String what) {
    Optional<String> written = yaml.string("answer", what);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<Rational> value = NumericLiteral.parse(written.get());
    if (value.isEmpty()) {
      problems.add(
          Problem.at(
              yaml.location("answer"),
              what + ": answer '" + written.get() + "' is not a fraction like 3/4 or 1 1/2"));
      return Optional.empty();
    }
    boolean equivalent =
        yaml.optionalString("accept-equivalent").map(v -> !v.equals("false")).orElse(true);
    return Optional.of(
        new Answer.FractionAnswer(
            value.get(), written.get().trim(), equivalent, misconceptions(yaml, what)));
  }

  private Optional<Answer> text(YamlMap yaml, String what) {
    List<String> accepted = yaml.strings("answers");
    if (accepted.isEmpty()) {
      yaml.problem(what + " is missing 'answers' (a list of accepted answers)");
      return Optional.empty();
    }
    return Optional.of(new Answer.TextAnswer(accepted, misconceptions(yaml, what)));
  }

  private Optional<Answer> trueFalse(YamlMap yaml, String what) {
    Optional<String> value = yaml.string("answer", what);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get().trim().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      problems.add(Problem.at(yaml.location("answer"), what + ": answer must be true or false"));
      return Optional.empty();
    }
    return Optional.of(
        new Answer.TrueFalse(v.equals("true"), yaml.optionalString("feedback-wrong")));
  }

  private Optional<Answer> ordering(YamlMap yaml, String what) {
    List<String> items = yaml.strings("items");
    if (items.isEmpty()) {
      yaml.problem(what + " is missing 'items' (3–6 items in the correct order)");
      return Optional.empty();
    }
    return Optional.of(new Answer.Ordering(items));
  }

  private List<Misconception> misconceptions(YamlMap yaml, String what) {
    List<Misconception> out = new ArrayList<>();
    for (YamlMap m : yaml.maps("misconceptions")) {
      m.allowOnly(MISCONCEPTION_KEYS, "a misconception");
      Optional<String> answer = m.string("answer", "misconception of " + what);
      Optional<String> feedback = m.string("feedback", "misconception of " + what);
      if (answer.isPresent() && feedback.isPresent()) {
        out.add(new Misconception(answer.get(), feedback.get()));
      }
    }
    return out;
  }

  private Optional<GeneratorSpec> generator(YamlMap yaml) {
    yaml.allowOnly(GENERATOR_KEYS, "a generator");
    Optional<String> id = yaml.string("id", "generator");
    String what = "generator " + id.orElse("?");
    Optional<String> name = yaml.string("generator", what);
    OptionalInt difficulty = yaml.integer("difficulty", what);
    if (id.isEmpty() || name.isEmpty() || difficulty.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new GeneratorSpec(
            id.get(),
            name.get(),
            yaml.strings("skills"),
            difficulty.getAsInt(),
            yaml.scalarMap("params"),
            yaml.location()));
  }

  /** {@code glossary.yaml} and any {@code glossary-*.yaml} (one per author team, merged). */
  private List<GlossaryTerm> glossary() {
    List<GlossaryTerm> terms = new ArrayList<>();
    for (Path file : rootFiles("glossary", ".yaml")) {
      terms.addAll(glossary(file));
    }
    return terms;
  }

  private List<GlossaryTerm> glossary(Path file) {
    Optional<YamlMap> parsed = parse(file);
    if (parsed.isEmpty() || !parsed.get().isMapping("a glossary file")) {
      return List.of();
    }
    parsed.get().allowOnly(GLOSSARY_KEYS, "a glossary file");
    List<GlossaryTerm> terms = new ArrayList<>();
    for (YamlMap yaml : parsed.get().maps("terms")) {
      yaml.allowOnly(TERM_KEYS, "a glossary term");
      Optional<String> term = yaml.string("term", "glossary term");
      Optional<String> definition = yaml.string("definition", "glossary term " + term.orElse("?"));
      if (term.isPresent() && definition.isPresent()) {
        terms.add(
            new GlossaryTerm(
                term.get(),
                definition.get(),
                yaml.strings("synonyms"),
                yaml.strings("lessons"),
                yaml.location()));
      }
    }
    return terms;
  }

  /** {@code synonyms.txt} and any {@code synonyms-*.txt}. */
  private List<List<String>> synonyms() {
    List<List<String>> groups = new ArrayList<>();
    for (Path file : rootFiles("synonyms", ".txt")) {
      groups.addAll(synonyms(file));
    }
    return groups;
  }

  private List<Path> rootFiles(String stem, String extension) {
    return list(root).stream()
        .filter(Files::isRegularFile)
        .filter(
            f -> {
              String name = f.getFileName().toString();
              return name.equals(stem + extension)
                  || (name.startsWith(stem + "-") && name.endsWith(extension));
            })
        .toList();
  }

  private List<List<String>> synonyms(Path file) {
    List<List<String>> groups = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).replaceFirst("#.*", "").trim();
        if (line.isEmpty()) {
          continue;
        }
        List<String> group =
            Stream.of(line.split(","))
                .map(w -> w.trim().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .toList();
        if (group.size() < 2 || line.contains("=>")) {
          problems.add(
              new Problem(
                  relative(file),
                  i + 1,
                  "a synonym line needs two or more comma-separated words (no '=>')"));
        } else {
          groups.add(group);
        }
      }
    } catch (IOException e) {
      problems.add(new Problem(relative(file), 0, "cannot read: " + e.getMessage()));
    }
    return groups;
  }

  private Optional<YamlMap> parse(Path file) {
    String name = relative(file);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      Node node = new Yaml(options).compose(reader);
      if (node == null) {
        problems.add(new Problem(name, 1, "empty file"));
        return Optional.empty();
      }
      return Optional.of(new YamlMap(name, node, problems));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(new Problem(name, line, "not valid YAML: " + e.getProblem()));
    } catch (YAMLException | IOException e) {
      problems.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
    }
    return Optional.empty();
  }

  private Optional<BigDecimal> decimal(YamlMap yaml, String key, String text) {
    try {
      return Optional.of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      problems.add(
          Problem.at(
              yaml.location(key),
              "'" + key + "' must be a number written like 12.5, not '" + text + "'"));
      return Optional.empty();
    }
  }

  private <T> Optional<T> enumValue(
      YamlMap yaml, String key, Optional<T> value, String written, String allowed) {
    if (value.isEmpty()) {
      problems.add(
          Problem.at(
              yaml.location(key), "'" + key + "' is '" + written + "'; use one of: " + allowed));
    }
    return value;
  }

  private void limit(YamlMap yaml, String key, String what, String text, int max) {
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      problems.add(
          Problem.at(
              yaml.location(key), what + " is " + length + " characters (limit " + max + ")"));
    }
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new ContentException("Cannot list " + folder, e);
    }
  }
}
