package mx.aprende.engine.policy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyTest {

  static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");

  // A -> B, A -> C, (B, C) -> D, all in module M1; E in module M2 requires D.
  static final SkillGraph GRAPH =
      SkillGraph.of(
          List.of(
              new Skill("A", "M1", List.of()),
              new Skill("B", "M1", List.of("A")),
              new Skill("C", "M1", List.of("A")),
              new Skill("D", "M1", List.of("B", "C")),
              new Skill("E", "M2", List.of("D"))));

  static final ItemCatalog CATALOG =
      ItemCatalog.of(
          List.of(
              Item.of("a1", "A"),
              Item.of("a2", "A"),
              Item.of("a3", "A"),
              Item.of("b1", "B"),
              Item.of("b2", "B"),
              Item.of("c1", "C"),
              Item.of("d1", "D"),
              Item.of("e1", "E")));

  static final Policy POLICY =
      new Policy(
          GRAPH, CATALOG, SpacedReview.daily(InstantSource.fixed(NOW)), Policy.Config.standard());

  static UnaryOperator<LearnerState> lessons(String... skills) {
    return s -> {
      for (String skill : skills) {
        s = s.withLesson(skill);
      }
      return s;
    };
  }

  static UnaryOperator<LearnerState> attempt(String item, String skill, boolean ok, Duration ago) {
    return s -> s.withAttempt(Attempt.of(Item.of(item, skill), ok), NOW.minus(ago), Set.of());
  }

  static UnaryOperator<LearnerState> masteredAttempt(String item, String skill, Duration ago) {
    return s ->
        s.withAttempt(Attempt.of(Item.of(item, skill), true), NOW.minus(ago), Set.of(skill));
  }

  static UnaryOperator<LearnerState> placed(String skill) {
    return s -> s.withPlacement(Set.of(skill), NOW);
  }

  static UnaryOperator<LearnerState> steps(List<UnaryOperator<LearnerState>> steps) {
    return s -> {
      for (UnaryOperator<LearnerState> step : steps) {
        s = step.apply(s);
      }
      return s;
    };
  }

  static final Duration HOUR = Duration.ofHours(1);
  static final Duration DAYS_2 = Duration.ofDays(2);

  static Stream<Arguments> decisions() {
    Map<String, Double> none = Map.of();
    Map<String, Double> aMastered = Map.of("A", 0.97);
    return Stream.of(
        Arguments.of(
            "fresh learner starts with the root skill",
            lessons(),
            none,
            none,
            "M1",
            "lesson:A",
            "no prerequisites"),
        Arguments.of(
            "a skill in progress is practised with the in-band item",
            lessons("A"),
            Map.of("A", 0.5),
            Map.of("a1", 0.95, "a2", 0.75, "a3", 0.6),
            "M1",
            "practice:A:a2",
            "in the target band"),
        Arguments.of(
            "an item inside the repeat window is not repeated; closest to band wins",
            steps(List.of(lessons("A"), attempt("a2", "A", true, HOUR))),
            Map.of("A", 0.5),
            Map.of("a1", 0.95, "a2", 0.75, "a3", 0.6),
            "M1",
            "practice:A:a3",
            "closest to the target band"),
        Arguments.of(
            "among in-band items an unseen one is preferred",
            steps(
                List.of(
                    lessons("A"),
                    attempt("a1", "A", true, HOUR),
                    attempt("a3", "A", true, HOUR),
                    attempt("x1", "X", true, HOUR),
                    attempt("x2", "X", true, HOUR),
                    attempt("x3", "X", true, HOUR),
                    attempt("x4", "X", true, HOUR),
                    attempt("x5", "X", true, HOUR))),
            Map.of("A", 0.5),
            Map.of("a1", 0.75, "a2", 0.83, "a3", 0.75),
            "M1",
            "practice:A:a2",
            "new item"),
        Arguments.of(
            "mastering the root unlocks the next skill in curriculum order",
            lessons("A"),
            aMastered,
            none,
            "M1",
            "lesson:B",
            "prerequisites [A] mastered"),
        Arguments.of(
            "a second skill is opened while only one is in progress",
            lessons("A", "B"),
            aMastered,
            none,
            "M1",
            "lesson:C",
            "New lesson C"),
        Arguments.of(
            "two skills in progress interleave away from the last one practised",
            steps(List.of(lessons("A", "B", "C"), attempt("b1", "B", true, HOUR))),
            aMastered,
            Map.of("c1", 0.7, "b2", 0.75),
            "M1",
            "practice:C:c1",
            "interleaved after B"),
        Arguments.of(
            "a skill whose prerequisites are not mastered is not offered",
            lessons("A", "B", "C"),
            Map.of("A", 0.97, "B", 0.97),
            Map.of("c1", 0.7),
            "M1",
            "practice:C:c1",
            "Practice C"),
        Arguments.of(
            "a mastered skill practised two days ago is due for review",
            steps(List.of(lessons("A"), attempt("a1", "A", true, DAYS_2))),
            aMastered,
            none,
            "M1",
            "review:A:a2",
            "Review A"),
        Arguments.of(
            "a successful review doubles the interval: not due after two days",
            steps(
                List.of(
                    lessons("A"),
                    masteredAttempt("a1", "A", DAYS_2),
                    masteredAttempt("a2", "A", DAYS_2))),
            aMastered,
            none,
            "M1",
            "lesson:B",
            "New lesson B"),
        Arguments.of(
            "placement's known skill is confirmed by one real answer before it counts",
            placed("A"),
            none,
            none,
            "M1",
            "practice:A:a1",
            "Practice A"),
        Arguments.of(
            "a placed skill answered right stays mastered",
            steps(List.of(placed("A"), masteredAttempt("a1", "A", HOUR))),
            none,
            none,
            "M1",
            "lesson:B",
            "prerequisites [A] mastered"),
        Arguments.of(
            "a wrong answer withdraws placement: the model's mastery decides, so it is practised",
            steps(
                List.of(
                    placed("A"),
                    s ->
                        s.withAttempt(
                            Attempt.of(Item.of("a1", "A"), false), NOW.minus(HOUR), Set.of("A")))),
            Map.of("A", 0.6),
            Map.of("a2", 0.75, "a3", 0.5),
            "M1",
            "practice:A:a2",
            "in the target band"),
        Arguments.of(
            "every skill mastered but none confirmed since: a readiness check comes first",
            lessons("A", "B", "C", "D"),
            Map.of("A", 0.99, "B", 0.96, "C", 0.95, "D", 0.97),
            none,
            "M1",
            "review:A:a1",
            "Readiness check of A"),
        Arguments.of(
            "the readiness check goes to the one skill not yet confirmed",
            steps(
                List.of(
                    lessons("A", "B", "C", "D"),
                    masteredAttempt("a1", "A", HOUR),
                    masteredAttempt("b1", "B", HOUR),
                    masteredAttempt("c1", "C", HOUR))),
            Map.of("A", 0.99, "B", 0.96, "C", 0.95, "D", 0.97),
            none,
            "M1",
            "review:D:d1",
            "Readiness check of D"),
        Arguments.of(
            "every skill mastered and confirmed: ready for the module exam",
            steps(
                List.of(
                    lessons("A", "B", "C", "D"),
                    masteredAttempt("a1", "A", HOUR),
                    masteredAttempt("b1", "B", HOUR),
                    masteredAttempt("c1", "C", HOUR),
                    masteredAttempt("d1", "D", HOUR))),
            Map.of("A", 0.99, "B", 0.96, "C", 0.95, "D", 0.97),
            none,
            "M1",
            "exam:M1",
            "All 4 skills"),
        Arguments.of(
            "a skill still missed after 4 attempts: its never-practised prerequisite is checked",
            steps(
                List.of(
                    lessons("B"),
                    attempt("b1", "B", false, HOUR),
                    attempt("b2", "B", false, HOUR),
                    attempt("b1", "B", false, HOUR),
                    attempt("b2", "B", false, HOUR))),
            Map.of("A", 0.97, "B", 0.2),
            none,
            "M1",
            "review:A:a1",
            "Check prerequisite A"),
        Arguments.of(
            "three misses are not yet a struggle: no prerequisite check",
            steps(
                List.of(
                    lessons("B"),
                    attempt("b1", "B", false, HOUR),
                    attempt("b2", "B", false, HOUR),
                    attempt("b1", "B", false, HOUR))),
            Map.of("A", 0.97, "B", 0.2),
            none,
            "M1",
            "lesson:A",
            "New lesson A"),
        Arguments.of(
            "a prerequisite already practised is not checked again by this rule",
            steps(
                List.of(
                    lessons("A", "B"),
                    attempt("a1", "A", true, HOUR),
                    attempt("b1", "B", false, HOUR),
                    attempt("b2", "B", false, HOUR),
                    attempt("b1", "B", false, HOUR),
                    attempt("b2", "B", false, HOUR))),
            Map.of("A", 0.97, "B", 0.2),
            none,
            "M1",
            "lesson:C",
            "New lesson C"),
        Arguments.of(
            "a module whose prerequisites lie in an unmastered module is blocked",
            lessons(),
            none,
            none,
            "M2",
            "blocked",
            "not mastered"),
        Arguments.of(
            "the only item of the skill in progress was just used: repeated rather than stall",
            steps(List.of(lessons("A", "B", "C"), attempt("c1", "C", false, HOUR))),
            Map.of("A", 0.97, "B", 0.97),
            none,
            "M1",
            "practice:C:c1",
            "repeating the least recent"));
  }

  /**
   * Each row: a learner state (built from lessons and attempts) and the model's belief → decision.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void decidesNextActivity(
      String name,
      UnaryOperator<LearnerState> history,
      Map<String, Double> mastery,
      Map<String, Double> predictions,
      String module,
      String expected,
      String reasonPart) {
    LearnerState state = history.apply(LearnerState.fresh("learner"));
    Activity activity = POLICY.next(state, new FixedTrace(mastery, predictions), module);
    String actual =
        switch (activity) {
          case Activity.NewLesson l -> "lesson:" + l.skill();
          case Activity.Practice p -> "practice:" + p.skill() + ":" + p.item();
          case Activity.Review r -> "review:" + r.skill() + ":" + r.item();
          case Activity.ModuleExam e -> "exam:" + e.module();
          case Activity.Blocked b -> "blocked";
        };
    assertThat(actual, is(expected));
    assertThat(activity.reason(), containsString(reasonPart));
  }
}
