package mx.aprende.ops.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.lucene.LuceneCurriculumSearch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the bot does at start-up for content: read the curriculum files and build the full Lucene
 * index. Single shots, because it runs once per start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class IndexBuildBenchmark {

  /** Load the files and index every lesson, example, exercise and glossary term. */
  @Benchmark
  public int loadAndIndex() {
    Curriculum curriculum = CurriculumLoader.load(Path.of("curriculum")).curriculum();
    try (LuceneCurriculumSearch search = LuceneCurriculumSearch.of(curriculum)) {
      return curriculum.modules().size();
    }
  }
}
