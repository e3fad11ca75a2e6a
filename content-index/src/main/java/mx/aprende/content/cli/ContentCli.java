package mx.aprende.content.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import mx.aprende.content.ContentException;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.CurriculumValidator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Level;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Problem;
import mx.aprende.content.curriculum.SkillGraph;
import mx.aprende.content.generate.GeneratorCatalogue;
import mx.aprende.content.lucene.LuceneCurriculumSearch;
import mx.aprende.content.search.Hit;
import mx.aprende.content.search.SearchRequest;

/**
 * {@code ./tutor content lint|search|stats} and {@code ./tutor check-answers FILE}. The curriculum
 * folder is {@code --curriculum DIR}, else {@code <project>/curriculum} with the project folder
 * from {@code -Daprende.project.dir} (the launcher sets it) or the working directory.
 */
public final class ContentCli {
  private static final int GENERATOR_SAMPLES = 50;
  private static final long PROGRESS_AFTER_NANOS = 1_000_000_000L;

  private final PrintStream out;
  private final PrintStream err;

  ContentCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  // Held so the level is not lost when the logger is garbage collected.
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** Runs the command in {@code args} and exits with its status. */
  public static void main(String[] args) {
    // The vector-module advice is for servers; on a command line it is noise.
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(new ContentCli(System.out, System.err).run(args));
  }

  /** Runs one command; returns the exit status (0 ok, 1 problems found, 2 usage or I/O error). */
  int run(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    Path curriculum =
        option(rest, "--curriculum").map(Path::of).orElseGet(ContentCli::defaultCurriculum);
    if (rest.isEmpty()) {
      usage();
      return 2;
    }
    String command = rest.removeFirst();
    try {
      return switch (command) {
        case "lint" -> lint(curriculum);
        case "search" -> search(curriculum, rest);
        case "stats" -> stats(curriculum);
        case "check-answers" -> checkAnswers(rest);
        default -> {
          err.println("Unknown command '" + command + "'.");
          usage();
          yield 2;
        }
      };
    } catch (ContentException | IOException e) {
      err.println("Error: " + e.getMessage());
      return 2;
    }
  }

  private int lint(Path curriculum) {
    List<Problem> problems =
        new CurriculumValidator(new GeneratorCatalogue(), GENERATOR_SAMPLES).check(curriculum);
    problems.forEach(p -> out.println(p));
    if (problems.isEmpty()) {
      Curriculum loaded = CurriculumLoader.load(curriculum).curriculum();
      out.printf(
          "Curriculum OK: %d modules, %d units, %d lessons, %d skills, %d exercises, %d generators.%n",
          loaded.modules().size(),
          loaded.units().size(),
          loaded.lessons().size(),
          loaded.skills().size(),
          loaded.exercises().size(),
          loaded.generators().size());
      return 0;
    }
    out.printf(
        "%d problem%s in %s%n", problems.size(), problems.size() == 1 ? "" : "s", curriculum);
    return 1;
  }

  private int search(Path curriculum, List<String> rest) {
    Optional<String> level = option(rest, "--level");
    Optional<String> module = option(rest, "--module");
    Optional<String> skill = option(rest, "--skill");
    int limit = option(rest, "--limit").map(Integer::parseInt).orElse(SearchRequest.DEFAULT_LIMIT);
    if (rest.isEmpty()) {
      err.println(
          "Usage: content search \"question\" [--level L] [--module M] [--skill S] [--limit N]");
      return 2;
    }
    SearchRequest request = SearchRequest.of(String.join(" ", rest)).withLimit(limit);
    if (level.isPresent()) {
      request =
          request.withLevel(
              Level.fromId(level.get())
                  .orElseThrow(() -> new ContentException("Unknown level " + level.get())));
    }
    request = module.map(request::withModule).orElse(request);
    request = skill.map(request::withSkill).orElse(request);
    Curriculum loaded = CurriculumLoader.load(curriculum).curriculum();
    try (LuceneCurriculumSearch search = LuceneCurriculumSearch.of(loaded, progressBar())) {
      List<Hit> hits = search.search(request);
      if (hits.isEmpty()) {
        out.println("No lessons found.");
        return 0;
      }
      int rank = 1;
      for (Hit hit : hits) {
        out.printf(
            "%d. %s  [%s · %s · %s · %.2f]%n   %s%n%n",
            rank++,
            hit.title(),
            hit.lessonId(),
            hit.moduleId(),
            hit.matchedIn(),
            hit.score(),
            hit.snippet());
      }
    }
    return 0;
  }

  private int stats(Path curriculum) {
    Curriculum c = CurriculumLoader.load(curriculum).curriculum();
    out.printf("Modules: %d%n", c.modules().size());
    for (Level level : Level.values()) {
      List<Module> modules = c.modules().stream().filter(m -> m.level() == level).toList();
      out.printf(
          "  %-10s %d  %s%n",
          level.id(),
          modules.size(),
          modules.stream().map(Module::id).collect(Collectors.joining(", ")));
    }
    out.printf(
        "Units: %d%nLessons: %d (%d chunks, %d worked examples)%n",
        c.units().size(),
        c.lessons().size(),
        c.lessons().stream().mapToInt(l -> l.chunks().size()).sum(),
        c.lessons().stream().mapToInt(l -> l.examples().size()).sum());
    SkillGraph graph = SkillGraph.of(c);
    long roots = graph.skills().stream().filter(s -> graph.prerequisites(s).isEmpty()).count();
    out.printf(
        "Skills: %d (%d without prerequisites, %d prerequisite cycles)%n",
        graph.skills().size(), roots, graph.cycles().size());
    List<Exercise> exercises = c.exercises();
    Map<String, Long> byType =
        new TreeMap<>(
            exercises.stream()
                .collect(Collectors.groupingBy(e -> e.answer().type(), Collectors.counting())));
    out.printf("Exercises: %d %s%n", exercises.size(), byType);
    long hinted =
        exercises.stream()
            .filter(e -> e.hints().asList().stream().noneMatch(String::isBlank))
            .count();
    long solved = exercises.stream().filter(e -> !e.solution().isBlank()).count();
    long computed = exercises.stream().filter(e -> e.compute().isPresent()).count();
    out.printf(
        "  with 3 hints: %s, with a worked solution: %s, with compute: %d%n",
        percent(hinted, exercises.size()), percent(solved, exercises.size()), computed);
    Map<Integer, Long> byDifficulty =
        new TreeMap<>(
            exercises.stream()
                .collect(Collectors.groupingBy(Exercise::difficulty, Collectors.counting())));
    out.printf("  by difficulty: %s%n", byDifficulty);
    long practised =
        graph.skills().stream()
            .filter(
                s ->
                    exercises.stream().anyMatch(e -> e.skills().contains(s))
                        || c.generators().stream().anyMatch(g -> g.skills().contains(s)))
            .count();
    out.printf("  skills with practice: %s%n", percent(practised, graph.skills().size()));
    out.printf(
        "Generators: %d %s%n",
        c.generators().size(),
        new TreeMap<>(
            c.generators().stream()
                .collect(Collectors.groupingBy(g -> g.generator(), Collectors.counting()))));
    out.printf(
        "Glossary terms: %d, synonym groups: %d%n", c.glossary().size(), c.synonyms().size());
    return 0;
  }

  private int checkAnswers(List<String> rest) throws IOException {
    if (rest.size() != 1) {
      err.println("Usage: check-answers FILE   (JSON lines; '-' reads standard input)");
      return 2;
    }
    BufferedReader reader =
        rest.getFirst().equals("-")
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(rest.getFirst()), StandardCharsets.UTF_8);
    try (reader) {
      new CheckAnswersCli().run(reader, out);
    }
    return 0;
  }

  /** A progress bar on stderr, shown only once indexing has taken more than a second. */
  private IntConsumer progressBar() {
    long start = System.nanoTime();
    return percent -> {
      if (System.nanoTime() - start < PROGRESS_AFTER_NANOS) {
        return;
      }
      int filled = percent / 5;
      err.printf(
          "\rIndexing [%s%s] %3d%%%s",
          "#".repeat(filled), " ".repeat(20 - filled), percent, percent == 100 ? "\n" : "");
    };
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
  }

  private static Optional<String> option(List<String> args, String name) {
    int at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size()) {
      return Optional.empty();
    }
    String value = args.get(at + 1);
    args.remove(at + 1);
    args.remove(at);
    return Optional.of(value);
  }

  private static Path defaultCurriculum() {
    return Path.of(System.getProperty("aprende.project.dir", System.getProperty("user.dir")))
        .resolve("curriculum");
  }

  private void usage() {
    err.println(
        """
        Usage: content <command> [--curriculum DIR]
          lint                 validate the curriculum; lists problems as file:line, exit 1 if any
          search "question"    ranked lessons with snippets [--level L] [--module M] [--skill S] [--limit N]
          stats                modules, skills, exercises by type, hint and solution coverage
          check-answers FILE   JSON lines in, each line back with verdict and normalized, then a summary""");
  }
}
