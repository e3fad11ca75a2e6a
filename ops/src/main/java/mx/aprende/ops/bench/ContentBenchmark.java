package mx.aprende.ops.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
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

  /** Generated practice items drawn per generator of the curriculum (13 generators). */
  static final int ITEMS_PER_GENERATOR = 3_000;

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
    search =
        LuceneCurriculumSearch.withGenerated(
            shipped, new GeneratorCatalogue(), ITEMS_PER_GENERATOR, 20261128L, p -> {});
    documents = search.documentCount();
    if (documents < TARGET_DOCUMENTS) {
      throw new IllegalStateException("index too small: " + documents);
    }
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
}
