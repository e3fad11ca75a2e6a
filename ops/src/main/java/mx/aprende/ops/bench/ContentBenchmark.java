package mx.aprende.ops.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;
import mx.aprende.content.generate.GeneratorCatalogue;
import mx.aprende.content.lucene.LuceneCurriculumSearch;
import mx.aprende.content.search.Hit;
import mx.aprende.content.search.SearchRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Curriculum search as learners use it: colloquial questions against an index of the shipped
 * curriculum grown with generated practice items to more than 20,000 documents. Run from the
 * project root ({@code ./tutor bench Content}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx1g"})
public class ContentBenchmark {

  /** Target size of the grown index (lessons, examples, exercises and glossary entries). */
  static final int TARGET_DOCUMENTS = 20_000;

  private static final String[] QUERIES = {
    "como se suman los quebrados",
    "q es el denominador",
    "cuanto me descuentan si tiene 30% de rebaja",
    "perimetor de un terreno",
    "como saco el promedio de mis gastos",
    "regla de 3",
    "para que sirve la curp",
    "cuales son las bocales",
    "como se hace una division",
    "que es un numero negativo",
    "plato del bien comer",
    "como escribo una solicitud",
    "area de un cuarto para poner piso",
    "multiplicar decimales con punto",
    "cuanto es el 15 por ciento de 240"
  };

  private LuceneCurriculumSearch search;
  private int documents;
  private int next;

  @Setup(Level.Trial)
  public void index() {
    Curriculum shipped = CurriculumLoader.load(Path.of("curriculum")).curriculum();
    Curriculum grown = grow(shipped, TARGET_DOCUMENTS);
    documents = documents(grown);
    if (documents < TARGET_DOCUMENTS) {
      throw new IllegalStateException("index too small: " + documents);
    }
    search = LuceneCurriculumSearch.of(grown);
    System.out.println("documents indexed: " + documents);
  }

  @TearDown(Level.Trial)
  public void close() {
    search.close();
  }

  /** One learner question, top five lessons with snippets. */
  @Benchmark
  public List<Hit> query() {
    String q = QUERIES[next++ % QUERIES.length];
    return search.search(SearchRequest.of(q));
  }

  /**
   * The shipped curriculum with each unit's generators drawn until the index holds {@code target}
   * documents.
   */
  static Curriculum grow(Curriculum shipped, int target) {
    GeneratorCatalogue generators = new GeneratorCatalogue();
    List<Unit> withGenerators =
        shipped.units().stream().filter(u -> !u.generators().isEmpty()).toList();
    int perUnit = (target - documents(shipped)) / Math.max(1, withGenerators.size()) + 1;
    SplittableRandom random = new SplittableRandom(20261128L);
    List<Module> modules = new ArrayList<>();
    for (Module module : shipped.modules()) {
      List<Unit> units = new ArrayList<>();
      for (Unit unit : module.units()) {
        List<Exercise> exercises = new ArrayList<>(unit.exercises());
        for (int i = 0; !unit.generators().isEmpty() && i < perUnit; i++) {
          GeneratorSpec spec = unit.generators().get(i % unit.generators().size());
          exercises.add(generators.generate(spec, random, i));
        }
        units.add(
            new Unit(
                unit.id(),
                unit.moduleId(),
                unit.title(),
                unit.skills(),
                unit.lessons(),
                exercises,
                unit.generators(),
                unit.location()));
      }
      modules.add(
          new Module(
              module.id(),
              module.title(),
              module.level(),
              module.area(),
              module.order(),
              module.summary(),
              units,
              module.location()));
    }
    return new Curriculum(modules, shipped.glossary(), shipped.synonyms());
  }

  static int documents(Curriculum curriculum) {
    int n = curriculum.glossary().size();
    for (Unit unit : curriculum.units()) {
      n += unit.exercises().size();
      n += unit.lessons().stream().mapToInt(l -> 1 + l.examples().size()).sum();
    }
    return n;
  }
}
