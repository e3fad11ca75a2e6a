package mx.aprende.ops.bench;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Course;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.LearnerModel;
import mx.aprende.bot.conversation.PlacementQuiz;
import mx.aprende.bot.conversation.Profile;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.Step;
import mx.aprende.bot.conversation.Streak;
import mx.aprende.bot.conversation.Study;
import mx.aprende.bot.conversation.Turn;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.content.curriculum.Curriculum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The pure decision of one conversation turn (no storage, no network). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class ConversationBenchmark {

  private static final Instant T0 = Instant.parse("2026-11-28T15:00:00Z");
  private static final Curriculum CURRICULUM =
      Wiring.loadCurriculum(Path.of(System.getProperty("aprende.curriculum", "curriculum")));
  private final Conversation conversation =
      new Conversation(
          new Conversation.Parts(
              new Course(CURRICULUM),
              Catalog.from(CURRICULUM),
              question -> new Tutor.Answer("respuesta", Optional.empty()),
              unused(LearnerModel.class),
              unused(PlacementQuiz.class),
              "https://example.org/privacidad"));

  /** A learner past onboarding, on the main menu: the usual state of a returning learner. */
  private final Session known =
      new Session(
          "5215512345678",
          T0,
          T0,
          12,
          false,
          Step.MENU,
          Optional.empty(),
          new Profile(
              Profile.Consent.GIVEN,
              Optional.of(T0),
              Optional.of("Ana"),
              Optional.of("09"),
              Optional.of(Profile.Goal.SECUNDARIA),
              Optional.empty(),
              Optional.empty()),
          Study.NONE,
          Streak.NONE);

  private final Turn typed =
      new Turn(
          "5215512345678",
          "wamid.1",
          T0.plusSeconds(5),
          Optional.of("Ana"),
          new Inbound.Text("  Menú!! "));

  /** A returning learner types a command word. */
  @Benchmark
  public Conversation.Outcome typedCommand() {
    return conversation.respond(Optional.of(known), typed);
  }

  /** A port the typed command never reaches (the menu word needs no engine). */
  private static <T> T unused(Class<T> port) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              throw new IllegalStateException("not used by this benchmark: " + method.getName());
            }));
  }
}
