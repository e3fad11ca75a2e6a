package mx.aprende.engine.policy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;
import org.junit.jupiter.api.Test;

/**
 * Simulated learners (latent known/unknown skills over a prerequisite graph, learning on lessons
 * and practice, guess and slip, a spread of starting knowledge) taught by the policy and by a fixed
 * linear sequence: how many exercises until done, and how many skills are truly known after.
 */
class PolicySimulationTest {

  static final SkillGraph GRAPH =
      SkillGraph.of(
          List.of(
              new Skill("A", "M", List.of()),
              new Skill("B", "M", List.of("A")),
              new Skill("C", "M", List.of("A")),
              new Skill("D", "M", List.of("B")),
              new Skill("E", "M", List.of("B", "C")),
              new Skill("F", "M", List.of("C")),
              new Skill("G", "M", List.of("D", "E")),
              new Skill("H", "M", List.of("F", "G"))));
  static final ItemCatalog CATALOG;

  static {
    List<Item> items = new ArrayList<>();
    for (Skill s : GRAPH.skills()) {
      for (int i = 0; i < 12; i++) {
        items.add(Item.of(s.id() + i, s.id()));
      }
    }
    CATALOG = ItemCatalog.of(items);
  }

  static final double SLIP = 0.1;
  static final double GUESS = 0.2;
  static final double LEARN_ON_LESSON = 0.3;
  static final double LEARN_ON_PRACTICE = 0.2;
  static final double LEARN_WITHOUT_PREREQUISITES = 0.03;
  static final int MAX_EXERCISES = 300;

  /** A simulated learner: which skills they truly know. */
  static final class Learner {
    final Set<String> known = new HashSet<>();
    final SplittableRandom random;

    Learner(SplittableRandom random) {
      this.random = random;
      int level = random.nextInt(GRAPH.skills().size() / 2 + 1);
      List<Skill> skills = GRAPH.skills();
      for (int i = 0; i < level; i++) {
        if (known.containsAll(skills.get(i).prerequisites())) {
          known.add(skills.get(i).id());
        }
      }
    }

    void learn(String skill, double rate) {
      boolean ready = known.containsAll(GRAPH.skill(skill).prerequisites());
      if (random.nextDouble() < (ready ? rate : LEARN_WITHOUT_PREREQUISITES)) {
        known.add(skill);
      }
    }

    boolean answer(String skill) {
      boolean correct =
          known.contains(skill) ? random.nextDouble() >= SLIP : random.nextDouble() < GUESS;
      learn(skill, LEARN_ON_PRACTICE);
      return correct;
    }

    double postTest() {
      return known.size() / (double) GRAPH.skills().size();
    }
  }

  record Outcome(int exercises, double postTest) {}

  static Outcome linear(Learner learner, int perSkill) {
    int exercises = 0;
    for (Skill s : GRAPH.skills()) {
      learner.learn(s.id(), LEARN_ON_LESSON);
      for (int i = 0; i < perSkill; i++) {
        learner.answer(s.id());
        exercises++;
      }
    }
    return new Outcome(exercises, learner.postTest());
  }

  static Outcome randomOrder(Learner learner, int perSkill, SplittableRandom order) {
    List<Skill> skills = new ArrayList<>(GRAPH.skills());
    for (int i = skills.size() - 1; i > 0; i--) {
      java.util.Collections.swap(skills, i, order.nextInt(i + 1));
    }
    int exercises = 0;
    for (Skill s : skills) {
      learner.learn(s.id(), LEARN_ON_LESSON);
      for (int i = 0; i < perSkill; i++) {
        learner.answer(s.id());
        exercises++;
      }
    }
    return new Outcome(exercises, learner.postTest());
  }

  static Outcome policy(Learner learner) {
    Instant now = Instant.parse("2026-03-10T18:00:00Z");
    Policy policy =
        new Policy(
            GRAPH, CATALOG, SpacedReview.daily(InstantSource.fixed(now)), Policy.Config.standard());
    BktModel model =
        new BktModel("bkt", Map.of(), new BktParameters(0.2, LEARN_ON_PRACTICE, 0.0, GUESS, SLIP));
    LearnerTrace trace = model.newLearner();
    LearnerState state = LearnerState.fresh("sim");
    int exercises = 0;
    while (exercises < MAX_EXERCISES) {
      Activity next = policy.next(state, trace, "M");
      switch (next) {
        case Activity.NewLesson l -> {
          learner.learn(l.skill(), LEARN_ON_LESSON);
          state = state.withLesson(l.skill());
        }
        case Activity.Practice p -> {
          Attempt a = Attempt.of(Item.of(p.item(), p.skill()), learner.answer(p.skill()));
          trace.observe(a);
          state = state.withAttempt(a, now, Set.of());
          exercises++;
        }
        case Activity.Review r -> {
          Attempt a = Attempt.of(Item.of(r.item(), r.skill()), learner.answer(r.skill()));
          trace.observe(a);
          state = state.withAttempt(a, now, Set.of(r.skill()));
          exercises++;
        }
        case Activity.ModuleExam e -> {
          return new Outcome(exercises, learner.postTest());
        }
        case Activity.Blocked b -> {
          return new Outcome(exercises, learner.postTest());
        }
      }
    }
    return new Outcome(exercises, learner.postTest());
  }

  /**
   * On 500 simulated learners the policy needs at least 30 % fewer exercises than the shortest
   * linear sequence (the same number of exercises per skill, in curriculum order) that reaches the
   * policy's post-test score.
   */
  @Test
  void policyNeedsThirtyPercentFewerExercisesThanLinear() {
    int learners = 500;
    double policyExercises = 0;
    double policyPost = 0;
    for (int i = 0; i < learners; i++) {
      Outcome p = policy(new Learner(new SplittableRandom(1000 + i)));
      policyExercises += p.exercises();
      policyPost += p.postTest();
    }
    double linearExercises = Double.NaN;
    for (int perSkill = 1; perSkill <= 40; perSkill++) {
      double exercises = 0;
      double post = 0;
      for (int i = 0; i < learners; i++) {
        Outcome l = linear(new Learner(new SplittableRandom(1000 + i)), perSkill);
        exercises += l.exercises();
        post += l.postTest();
      }
      if (post >= policyPost) {
        linearExercises = exercises;
        break;
      }
    }
    assertThat(Double.isNaN(linearExercises), is(false));
    assertThat(policyExercises, lessThanOrEqualTo(0.7 * linearExercises));
  }

  /**
   * Against skills in random order (8 exercises each, prerequisites ignored) the policy uses fewer
   * exercises and ends with a better post-test.
   */
  @Test
  void policyBeatsRandomOrder() {
    int learners = 500;
    double policyExercises = 0;
    double policyPost = 0;
    double randomExercises = 0;
    double randomPost = 0;
    SplittableRandom order = new SplittableRandom(77);
    for (int i = 0; i < learners; i++) {
      Outcome p = policy(new Learner(new SplittableRandom(5000 + i)));
      Outcome r = randomOrder(new Learner(new SplittableRandom(5000 + i)), 8, order);
      policyExercises += p.exercises();
      policyPost += p.postTest();
      randomExercises += r.exercises();
      randomPost += r.postTest();
    }
    assertThat(policyExercises, lessThanOrEqualTo(randomExercises));
    assertThat(policyPost, greaterThanOrEqualTo(randomPost));
  }
}
