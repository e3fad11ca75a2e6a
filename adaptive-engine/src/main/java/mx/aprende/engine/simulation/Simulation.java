package mx.aprende.engine.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mastery.MasteryModel;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.policy.Placement;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.policy.SpacedReview;

/**
 * Teaches a cohort of simulated learners one module with one kind of {@link Teacher} and records
 * what happened to each. A run ends when every skill of the module is mastered by the engine's
 * criterion ({@link Policy#mastered}: placement said known, or the model's mastery reached the
 * threshold), when the teacher has nothing more to give, or at the exercise cap; then, after a
 * delay, a post-test reads the learner's latent state. The same seed gives the same learners to
 * every kind of teacher.
 */
public final class Simulation {

  /**
   * Settings of a run.
   *
   * @param cap most exercises per learner (placement questions included)
   * @param exercisesPerDay exercises in one daily session; the next session starts a day later
   * @param exerciseTime time one exercise takes
   * @param lessonTime time one lesson takes
   * @param postTestDelay time between the end of the module and the post-test
   * @param linearPerSkill items per skill of the linear sequence
   * @param placementQuestions questions of the policy's placement (0 = no placement)
   * @param policy configuration of the engine's policy (its threshold is the stopping criterion)
   * @param start when the first session starts
   */
  public record Settings(
      int cap,
      int exercisesPerDay,
      Duration exerciseTime,
      Duration lessonTime,
      Duration postTestDelay,
      int linearPerSkill,
      int placementQuestions,
      Policy.Config policy,
      Instant start) {

    /**
     * Cap 300, 15 exercises a day (2 min each, 5 min a lesson), post-test a week later, 4 items per
     * skill in the linear sequence, 12 placement questions, the standard policy.
     */
    public static Settings standard() {
      return new Settings(
          300,
          15,
          Duration.ofMinutes(2),
          Duration.ofMinutes(5),
          Duration.ofDays(7),
          4,
          Placement.MAX_QUESTIONS,
          Policy.Config.standard(),
          Instant.parse("2026-01-05T15:00:00Z"));
    }

    /** These settings with {@code policy}. */
    public Settings withPolicy(Policy.Config policy) {
      return new Settings(
          cap,
          exercisesPerDay,
          exerciseTime,
          lessonTime,
          postTestDelay,
          linearPerSkill,
          placementQuestions,
          policy,
          start);
    }

    /** These settings with {@code questions} placement questions. */
    public Settings withPlacementQuestions(int questions) {
      return new Settings(
          cap,
          exercisesPerDay,
          exerciseTime,
          lessonTime,
          postTestDelay,
          linearPerSkill,
          questions,
          policy,
          start);
    }

    /** These settings with the post-test {@code delay} after the end of the module. */
    public Settings withPostTestDelay(Duration delay) {
      return new Settings(
          cap,
          exercisesPerDay,
          exerciseTime,
          lessonTime,
          delay,
          linearPerSkill,
          placementQuestions,
          policy,
          start);
    }

    /** These settings with {@code perSkill} items per skill in the linear sequence. */
    public Settings withLinearPerSkill(int perSkill) {
      return new Settings(
          cap,
          exercisesPerDay,
          exerciseTime,
          lessonTime,
          postTestDelay,
          perSkill,
          placementQuestions,
          policy,
          start);
    }
  }

  /** Why a learner's run ended. */
  public enum Stop {
    /** Every skill of the module mastered by the engine's criterion. */
    MASTERED,
    /** The teacher had nothing more to propose. */
    BLOCKED,
    /** The exercise cap was reached. */
    CAPPED
  }

  /**
   * What happened to one learner.
   *
   * @param endReason why the run ended, in words (the teacher's reason when it stopped)
   * @param exercises exercises answered, placement questions and reviews included
   * @param placementQuestions of which placement questions
   * @param reviews of which spaced reviews
   * @param postTest share of the module's skills known at the post-test
   * @param placementAccuracy share of skills placement classified right (known/unknown); NaN
   *     without placement
   * @param history every answer, for fitting models
   */
  public record Outcome(
      String learnerId,
      Stop stop,
      String endReason,
      int exercises,
      int placementQuestions,
      int reviews,
      double postTest,
      double placementAccuracy,
      LearnerHistory history) {}

  private final Course course;
  private final String module;
  private final LearnerSettings learners;
  private final Settings settings;
  private final MasteryModel model;
  private final SimulatedClock clock;
  private final Policy policy;
  private final Map<String, Item> items = new HashMap<>();

  /**
   * A simulation of {@code module} (whose course is {@code course}, see {@link Course#module}),
   * with the engine's belief kept by {@code model}.
   */
  public Simulation(
      Course course,
      String module,
      LearnerSettings learners,
      Settings settings,
      MasteryModel model) {
    this.course = course;
    this.module = module;
    this.learners = learners;
    this.settings = settings;
    this.model = model;
    this.clock = new SimulatedClock(settings.start());
    this.policy =
        new Policy(course.graph(), course.catalog(), SpacedReview.daily(clock), settings.policy());
    course.catalog().items().forEach(i -> items.put(i.id(), i));
  }

  /** Teaches {@code size} learners drawn from {@code seed} with a teacher of {@code kind}. */
  public List<Outcome> run(Teacher.Kind kind, int size, long seed) {
    List<Outcome> outcomes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      RandomGenerator random = new SplittableRandom(mix(seed, i, kind.ordinal() + 1));
      Teacher teacher =
          switch (kind) {
            case POLICY -> new PolicyTeacher(policy, module);
            case LINEAR -> new LinearTeacher(course, settings.linearPerSkill(), Integer.MAX_VALUE);
            case RANDOM -> new RandomTeacher(course, random);
          };
      outcomes.add(teach(learner(i, seed), teacher, kind == Teacher.Kind.POLICY, true, random));
    }
    return outcomes;
  }

  /**
   * Attempt logs of {@code size} learners (drawn from {@code seed}) who each went once through the
   * linear sequence: the kind of data a first version of the product collects, to fit models on.
   */
  public List<LearnerHistory> trainingLogs(int size, long seed) {
    List<LearnerHistory> logs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      RandomGenerator random = new SplittableRandom(mix(seed, i, 0));
      Teacher teacher = new LinearTeacher(course, settings.linearPerSkill(), 1);
      logs.add(teach(learner(i, seed), teacher, false, false, random).history());
    }
    return logs;
  }

  private SimulatedLearner learner(int index, long seed) {
    return SimulatedLearner.draw(
        "learner-" + index,
        course,
        learners,
        settings.start(),
        new SplittableRandom(mix(seed, index, -1)));
  }

  private Outcome teach(
      SimulatedLearner learner,
      Teacher teacher,
      boolean place,
      boolean stopAtMastery,
      RandomGenerator random) {
    clock.reset(settings.start());
    Run run = new Run(learner, model.newLearner(), random);
    double placementAccuracy = Double.NaN;
    if (place && settings.placementQuestions() > 0) {
      placementAccuracy = run.place();
    }
    Stop stop = null;
    String endReason = "";
    while (stop == null) {
      // The policy says itself when the learner is ready (its readiness checks come after
      // mastery); the other teachers have no notion of readiness and stop at the engine's mastery.
      if (stopAtMastery
          && !(teacher instanceof PolicyTeacher)
          && allMastered(run.state, run.trace)) {
        stop = Stop.MASTERED;
        endReason = "Every skill mastered.";
      } else if (run.exercises >= settings.cap()) {
        stop = Stop.CAPPED;
        endReason = "Exercise cap reached.";
      } else {
        switch (teacher.next(run.state, run.trace)) {
          case Activity.NewLesson lesson -> run.lesson(lesson.skill());
          case Activity.Practice practice -> run.exercise(practice.item(), false);
          case Activity.Review review -> run.exercise(review.item(), true);
          case Activity.ModuleExam exam -> {
            stop = Stop.MASTERED;
            endReason = exam.reason();
          }
          case Activity.Blocked blocked -> {
            stop = Stop.BLOCKED;
            endReason = blocked.reason();
          }
        }
      }
    }
    clock.advance(settings.postTestDelay());
    double postTest =
        learner.knownSkills(clock.instant(), random).size()
            / (double) course.graph().skills().size();
    return new Outcome(
        learner.id(),
        stop,
        endReason,
        run.exercises,
        run.placementQuestions,
        run.reviews,
        postTest,
        placementAccuracy,
        new LearnerHistory(learner.id(), run.attempts));
  }

  private boolean allMastered(LearnerState state, LearnerTrace trace) {
    for (Skill s : course.graph().skills()) {
      if (!policy.mastered(state, trace, s.id())) {
        return false;
      }
    }
    return true;
  }

  /** The mutable progress of one learner's run. */
  private final class Run {
    private final SimulatedLearner learner;
    private final LearnerTrace trace;
    private final RandomGenerator random;
    private final List<Attempt> attempts = new ArrayList<>();
    private LearnerState state;
    private int exercises;
    private int placementQuestions;
    private int reviews;
    private int todays;

    Run(SimulatedLearner learner, LearnerTrace trace, RandomGenerator random) {
      this.learner = learner;
      this.trace = trace;
      this.random = random;
      this.state = LearnerState.fresh(learner.id());
    }

    /** Runs placement, records its verdict, and returns its accuracy against the latent state. */
    double place() {
      Set<String> truth = learner.knownSkills(clock.instant(), random);
      Placement placement =
          new Placement(course.graph(), course.catalog(), settings.placementQuestions());
      Placement.State ps = placement.start();
      for (var item = placement.next(ps); item.isPresent(); item = placement.next(ps)) {
        boolean correct = answer(item.get());
        ps = placement.answer(ps, item.get(), correct);
        placementQuestions++;
      }
      Set<String> known = placement.known(ps);
      state = state.withPlacement(known, clock.instant());
      int right = 0;
      for (Skill s : course.graph().skills()) {
        right += known.contains(s.id()) == truth.contains(s.id()) ? 1 : 0;
      }
      return right / (double) course.graph().skills().size();
    }

    void lesson(String skill) {
      learner.lesson(skill, clock.instant(), random);
      state = state.withLesson(skill);
      clock.advance(settings.lessonTime());
    }

    void exercise(String itemId, boolean review) {
      Item item = items.get(itemId);
      Set<String> masteredBefore = new HashSet<>();
      for (String skill : item.skills()) {
        if (policy.mastered(state, trace, skill)) {
          masteredBefore.add(skill);
        }
      }
      Instant at = clock.instant();
      answer(item);
      state = state.withAttempt(attempts.getLast(), at, masteredBefore);
      learner.practise(item, at, random);
      reviews += review ? 1 : 0;
    }

    private boolean answer(Item item) {
      Instant at = clock.instant();
      boolean correct = learner.answer(item, at, random);
      Attempt attempt = new Attempt(item, correct, at.getEpochSecond());
      trace.observe(attempt);
      attempts.add(attempt);
      exercises++;
      clock.advance(settings.exerciseTime());
      if (++todays == settings.exercisesPerDay()) {
        todays = 0;
        clock.advance(Duration.ofDays(1));
      }
      return correct;
    }
  }

  private static long mix(long seed, int index, int stream) {
    long z =
        seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
