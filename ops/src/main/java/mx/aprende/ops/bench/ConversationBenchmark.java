package mx.aprende.ops.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.Turn;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.engine.policy.Activity;
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
  private final Conversation conversation =
      new Conversation(
          new Catalog(List.of(), Map.of()),
          question -> new Tutor.Answer("respuesta", Optional.empty()),
          (learner, module) -> new Activity.Blocked("benchmark"));
  private final Session known = new Session("5215512345678", T0, T0, 12, false);
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
}
