package mx.aprende.content.curriculum;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import mx.aprende.content.Fixtures;
import mx.aprende.content.generate.GeneratorCatalogue;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CurriculumValidatorTest {
  private static final String MODULE =
      """
      module: mate
      title: Matemáticas para la vida diaria
      level: intermedio
      area: matematicas
      order: 1
      summary: Un resumen demasiado largo que no cabe en la descripción de una fila de lista de WhatsApp.
      units: [roto, falta]
      """;

  private static final String UNIT =
      """
      unit: roto
      module: mate
      title: Unidad rota
      skills:
        - id: s-a
          name: A
          prerequisites: [s-b]
        - id: s-b
          name: B
          prerequisites: [s-a, s-nada]
      lessons:
        - id: l-uno
          title: Uno
          minutes: 3
          skills: [s-a]
          chunks:
            - "%s"
        - id: l-uno # dup
          title: Otra
          minutes: 3
          chunks: ["Texto corto."]
      exercises:
        - id: e-dos-correctas
          type: choice
          skills: [s-a]
          difficulty: 1
          prompt: "¿Cuál?"
          options:
            - {text: "Uno", correct: true}
            - {text: "Dos", correct: true}
          hints: [a, b, c]
          solution: s
        - id: e-sin-pistas
          type: true-false
          skills: [s-a]
          difficulty: 1
          prompt: "¿Sí?"
          answer: true
          solution: s
        - id: e-sin-solucion
          type: true-false
          skills: [s-a]
          difficulty: 1
          prompt: "¿Sí?"
          answer: true
          hints: [a, b, c]
        - id: e-sin-respuesta
          type: number
          skills: [s-a]
          difficulty: 1
          prompt: "¿Cuánto?"
          hints: [a, b, c]
          solution: s
        - id: e-opciones
          type: choice
          skills: [s-a]
          difficulty: 1
          prompt: "¿Cuál es la salida?"
          options:
            - {text: "Una opción muy larguísima", correct: true}
            - {text: "Otra"}
            - {text: "Tercera", feedback: "No."}
          hints: [a, b, c]
          solution: s
        - id: e-compute-mal
          type: number
          skills: [s-a]
          difficulty: 1
          prompt: "¿Cuánto es 2 + 2?"
          answer: 5
          compute: "2 + 2"
          hints: [a, b, c]
          solution: s
        - id: e-sin-compute
          type: fraction
          skills: [s-zeta]
          difficulty: 9
          prompt: "%s"
          answer: "3/4"
          hint: [a, b, c]
          hints: [a, b, c]
          solution: s
        - id: e-dup
          type: text
          skills: [s-a]
          difficulty: 1
          prompt: "¿Capital?"
          answers: [Guadalajara]
          hints: [a, b, c]
          solution: s
      generators:
        - id: g-desconocido
          generator: no-existe
          skills: [s-a]
          difficulty: 1
        - id: g-fuera-de-rango
          generator: fraction-add-same-denominator
          skills: [s-a]
          difficulty: 1
          params: { max-denominator: 99, max-denominador: 5 }
        - id: g-malo
          generator: broken
          skills: [s-a]
          difficulty: 1
      """
          .formatted("x".repeat(600), "¿".repeat(1100));

  private static final String OTHER_UNIT =
      """
      unit: otra
      module: mate
      title: Otra unidad
      exercises:
        - id: e-dup
          type: true-false
          skills: [s-a]
          difficulty: 1
          prompt: "¿Sí?"
          answer: false
          hints: [a, b, c]
          solution: s
      """;

  private static Path root;
  private static List<Problem> problems;

  @BeforeAll
  static void writeBrokenCurriculum() throws IOException {
    root = Files.createTempDirectory("broken-curriculum");
    write("modules/mate/module.yaml", MODULE);
    write("modules/mate/roto.yaml", UNIT);
    write("modules/mate/otra.yaml", OTHER_UNIT);
    write("modules/otro/module.yaml", "module: [no: cierra\n");
    problems = new CurriculumValidator(new WithBrokenGenerator(), 5).check(root);
  }

  private static void write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  static Stream<Arguments> expectedProblems() {
    return Stream.of(
        row("modules/mate/roto.yaml", "id: s-b", "skill s-b: unknown skill 's-nada'"),
        row("modules/mate/roto.yaml", "id: s-a", "prerequisite cycle: s-a → s-b → s-a"),
        row("modules/mate/roto.yaml", "- id: l-uno", "chunk 1 is 600 characters (limit 500)"),
        row("modules/mate/roto.yaml", "l-uno # dup", "duplicate lesson id 'l-uno'"),
        row("modules/mate/roto.yaml", "id: e-dos-correctas", "has 2 correct options"),
        row("modules/mate/roto.yaml", "id: e-sin-pistas", "is missing 'hints'"),
        row("modules/mate/roto.yaml", "id: e-sin-solucion", "is missing 'solution'"),
        row("modules/mate/roto.yaml", "id: e-sin-respuesta", "is missing 'answer'"),
        row("modules/mate/roto.yaml", "id: e-opciones", "is 25 characters (limit 20)"),
        row("modules/mate/roto.yaml", "id: e-opciones", "wrong option 'Otra' needs feedback"),
        row(
            "modules/mate/roto.yaml",
            "id: e-compute-mal",
            "compute \"2 + 2\" = 4 but the answer is 5"),
        row("modules/mate/roto.yaml", "id: e-sin-compute", "needs 'compute'"),
        row("modules/mate/roto.yaml", "id: e-sin-compute", "unknown skill 's-zeta'"),
        row("modules/mate/roto.yaml", "id: e-sin-compute", "difficulty must be 1–5"),
        row(
            "modules/mate/roto.yaml",
            "id: e-sin-compute",
            "prompt is 1100 characters (limit 1024)"),
        row("modules/mate/roto.yaml", "hint: [a, b, c]", "unknown key 'hint'"),
        row("modules/mate/roto.yaml", "id: g-desconocido", "unknown generator 'no-existe'"),
        row(
            "modules/mate/roto.yaml",
            "id: g-fuera-de-rango",
            "max-denominator = 99 is outside 3..20"),
        row("modules/mate/roto.yaml", "id: g-malo", "generator g-malo produced exercise g-malo-1"),
        row("modules/mate/roto.yaml", "id: g-fuera-de-rango", "unknown param 'max-denominador'"),
        row("modules/mate/otra.yaml", "id: e-dup", "duplicate exercise id 'e-dup'"),
        row("modules/mate/otra.yaml", "unit: otra", "unit file not listed"),
        row("modules/mate/module.yaml", "title:", "module title is 31 characters (limit 24)"),
        row("modules/mate/module.yaml", "units:", "unit 'falta' is listed but"),
        row("modules/mate/module.yaml", "summary:", "module summary is 90 characters (limit 72)"),
        row("modules/otro/module.yaml", "<end>", "not valid YAML"));
  }

  private static Arguments row(String file, String marker, String message) {
    return Arguments.of(file, marker, message);
  }

  /** Each kind of problem is reported with the file and line where it was written. */
  @ParameterizedTest(name = "{2}")
  @MethodSource("expectedProblems")
  void reportsProblemAtItsLine(String file, String marker, String message) throws IOException {
    int line = lineOf(file, marker);
    List<String> atLine =
        problems.stream()
            .filter(p -> p.file().equals(file) && p.line() == line)
            .map(Problem::message)
            .toList();
    assertThat(atLine, hasItem(Matchers.containsString(message)));
  }

  /** All problems are reported in one run, not just the first. */
  @Test
  void reportsEveryProblem() {
    assertThat((int) expectedProblems().count(), is(26));
    assertThat(problems.size() >= 26, is(true));
  }

  /** The fixture curriculum loads and validates without a single problem. */
  @Test
  void fixtureIsClean() {
    List<Problem> fixtureProblems =
        new CurriculumValidator(new GeneratorCatalogue(), 50).check(Fixtures.curriculum());
    assertThat(fixtureProblems, is(empty()));
    Curriculum curriculum = CurriculumLoader.load(Fixtures.curriculum()).curriculum();
    assertThat(
        curriculum.modules().stream().map(Module::id).toList(),
        is(List.of("la-palabra", "fracciones-y-porcentajes")));
    assertThat(curriculum.units(), hasSize(4));
    assertThat(curriculum.lessons(), hasSize(9));
    assertThat(curriculum.exercises(), hasSize(10));
    assertThat(curriculum.generators(), hasSize(2));
    assertThat(curriculum.glossary(), hasSize(4));
    assertThat(curriculum.synonyms(), hasSize(9));
    assertThat(curriculum.synonyms(), hasItem(List.of("fraccion", "quebrado")));
    assertThat(curriculum.synonyms(), hasItem(List.of("letrero", "aviso", "anuncio")));
    assertThat(
        curriculum.exercise("porc-001").orElseThrow().location(),
        is(new Location("modules/fracciones-y-porcentajes/porcentajes.yaml", 33)));
  }

  private static int lineOf(String file, String marker) throws IOException {
    List<String> lines = Files.readAllLines(root.resolve(file));
    if (marker.equals("<end>")) {
      return lines.size() + 1;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(marker + " not in " + file);
  }

  /** The real catalogue plus a generator whose items break the prompt limit. */
  private static final class WithBrokenGenerator implements ExerciseGenerators {
    private final GeneratorCatalogue catalogue = new GeneratorCatalogue();

    @Override
    public Set<String> names() {
      return Stream.concat(catalogue.names().stream(), Stream.of("broken"))
          .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Set<String> params(String name) {
      return catalogue.params(name);
    }

    @Override
    public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
      if (!spec.generator().equals("broken")) {
        return catalogue.generate(spec, random, sequence);
      }
      return new Exercise(
          spec.id() + "-1",
          spec.skills(),
          1,
          "x".repeat(2000),
          new Answer.TrueFalse(true, Optional.empty()),
          Optional.empty(),
          new Hints("a", "b", "c"),
          "s",
          spec.location());
    }
  }
}
