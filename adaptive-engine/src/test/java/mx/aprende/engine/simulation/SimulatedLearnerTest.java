package mx.aprende.engine.simulation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.mastery.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatedLearnerTest {

  static final Instant START = Instant.parse("2026-01-05T15:00:00Z");
  static final Course COURSE = Courses.diamond();
  static final Set<String> ALL =
      COURSE.graph().skills().stream().map(Skill::id).collect(Collectors.toSet());

  static LearnerSettings settings(double noviceShare, double headStart, double forgetPerDay) {
    return new LearnerSettings(0.2, 0.2, forgetPerDay, noviceShare, headStart, headStart);
  }

  static double successRate(SimulatedLearner learner, Item item, RandomGenerator random) {
    int n = 20_000;
    int right = 0;
    for (int i = 0; i < n; i++) {
      right += learner.answer(item, START, random) ? 1 : 0;
    }
    return right / (double) n;
  }

  /** A learner who knows every skill answers right with probability 1 − slip of the item. */
  @ParameterizedTest(name = "item {0}")
  @CsvSource({"s0-0", "s3-1", "s7-3"})
  void expertAnswersOneMinusSlip(String itemId) {
    RandomGenerator random = new SplittableRandom(1);
    LearnerSettings settings = settings(0, 1, 0);
    SimulatedLearner expert = SimulatedLearner.draw("e", COURSE, settings, START, random);
    Item item = Item.of(itemId, itemId.substring(0, 2));
    assertThat(expert.knownSkills(START, random), is(ALL));
    assertThat(
        successRate(expert, item, random),
        closeTo(1 - settings.slip(COURSE.difficulty(item)), 0.01));
  }

  /** A learner who knows nothing answers right with probability guess of the item. */
  @ParameterizedTest(name = "item {0}")
  @CsvSource({"s0-0", "s3-1", "s7-3"})
  void noviceAnswersGuess(String itemId) {
    RandomGenerator random = new SplittableRandom(2);
    LearnerSettings settings = settings(1, 1, 0);
    SimulatedLearner novice = SimulatedLearner.draw("n", COURSE, settings, START, random);
    Item item = Item.of(itemId, itemId.substring(0, 2));
    assertThat(novice.knownSkills(START, random), is(Set.of()));
    assertThat(
        successRate(novice, item, random), closeTo(settings.guess(COURSE.difficulty(item)), 0.01));
  }

  /** Lessons teach nothing while a prerequisite is unknown, and do once it is known. */
  @Test
  void learnsOnlyWithPrerequisites() {
    RandomGenerator random = new SplittableRandom(3);
    SimulatedLearner novice = SimulatedLearner.draw("n", COURSE, settings(1, 1, 0), START, random);
    for (int i = 0; i < 200; i++) {
      novice.lesson("s1", START, random);
    }
    assertThat(novice.knows("s1", START, random), is(false));
    for (int i = 0; i < 200 && !novice.knows("s0", START, random); i++) {
      novice.lesson("s0", START, random);
    }
    for (int i = 0; i < 200 && !novice.knows("s1", START, random); i++) {
      novice.lesson("s1", START, random);
    }
    assertThat(novice.knownSkills(START, random), is(Set.of("s0", "s1")));
  }

  /** Known skills are forgotten at the forgetting rate: about 1 − e^(−rate·days/(1+2)). */
  @Test
  void forgetsOverTime() {
    int forgot = 0;
    int n = 4000;
    for (int i = 0; i < n; i++) {
      RandomGenerator random = new SplittableRandom(100 + i);
      SimulatedLearner expert =
          SimulatedLearner.draw("e", COURSE, settings(0, 1, 0.3), START, random);
      forgot += expert.knows("s0", START.plus(Duration.ofDays(10)), random) ? 0 : 1;
    }
    // Skills known at the start count as practised twice: the hazard is 0.3 / 3 per day.
    assertThat(forgot / (double) n, closeTo(1 - Math.exp(-0.1 * 10), 0.03));
  }

  /** The head start spreads starting knowledge, always closed under prerequisites. */
  @Test
  void startingKnowledgeRespectsPrerequisites() {
    int knowsSome = 0;
    for (int i = 0; i < 500; i++) {
      RandomGenerator random = new SplittableRandom(1000 + i);
      SimulatedLearner learner =
          SimulatedLearner.draw("l", COURSE, LearnerSettings.standard(), START, random);
      Set<String> known = learner.knownSkills(START, random);
      knowsSome += known.isEmpty() || known.equals(ALL) ? 0 : 1;
      for (String skill : known) {
        assertThat(known.containsAll(COURSE.graph().ancestors(skill)), is(true));
      }
    }
    assertThat("many learners know part of the module", knowsSome > 125, is(true));
  }
}
