package mx.aprende.ops.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mx.aprende.content.answer.AnswerCheck;
import mx.aprende.content.answer.AnswerChecker;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.Exercise;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking one typed answer, the way learners type them, against the shipped exercises: numbers
 * with separators, money, fractions, words, option letters and text with typos.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class AnswerCheckBenchmark {

  private record Case(Answer expected, String typed) {}

  private static final String[] TYPED = {
    "1,500",
    "$1,500.00 pesos",
    "3/4",
    "tres cuartos",
    "la b",
    "2",
    "0,75",
    "doscientos cincuenta",
    "verdadero",
    "2 1 3",
    "guadalajara",
    "1 1/2"
  };

  private final AnswerChecker checker = new AnswerChecker();
  private final List<Case> cases = new ArrayList<>();
  private int next;

  @Setup
  public void cases() {
    List<Exercise> exercises =
        CurriculumLoader.load(Path.of("curriculum")).curriculum().units().stream()
            .flatMap(u -> u.exercises().stream())
            .toList();
    for (int i = 0; i < exercises.size(); i++) {
      cases.add(new Case(exercises.get(i).answer(), TYPED[i % TYPED.length]));
    }
  }

  /** One typed answer checked against one exercise's answer. */
  @Benchmark
  public AnswerCheck check() {
    Case c = cases.get(next++ % cases.size());
    return checker.check(c.expected(), c.typed());
  }
}
