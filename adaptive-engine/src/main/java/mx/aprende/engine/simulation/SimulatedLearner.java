package mx.aprende.engine.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.mastery.Item;

/**
 * One simulated learner: a latent binary state per skill of a {@link Course} (known or not) that
 * the teacher never sees. An unknown skill can be learnt at a lesson or a practice only when its
 * prerequisites are known; a known skill is forgotten with a hazard that falls with every practice.
 * An item is answered right with probability 1 − slip when all its skills are known, else with
 * probability guess. Mutable and not thread-safe.
 */
public final class SimulatedLearner {

  private static final double SECONDS_PER_DAY = 86_400;

  private final String id;
  private final Course course;
  private final LearnerSettings settings;
  private final double learnRate;
  // Known skills → when forgetting was last accounted for; absent = unknown.
  private final Map<String, Instant> known = new HashMap<>();
  private final Map<String, Integer> practices = new HashMap<>();

  private SimulatedLearner(String id, Course course, LearnerSettings settings, double learnRate) {
    this.id = id;
    this.course = course;
    this.settings = settings;
    this.learnRate = learnRate;
  }

  /**
   * A learner drawn from {@code settings} at {@code start}: a learning rate, and a starting state
   * in which each skill (in curriculum order) is known with the learner's head-start probability
   * when its prerequisites are known.
   */
  public static SimulatedLearner draw(
      String id, Course course, LearnerSettings settings, Instant start, RandomGenerator random) {
    double learn = random.nextDouble(settings.learnMin(), Math.nextUp(settings.learnMax()));
    SimulatedLearner learner = new SimulatedLearner(id, course, settings, learn);
    boolean novice = random.nextDouble() < settings.noviceShare();
    double headStart =
        random.nextDouble(settings.headStartMin(), Math.nextUp(settings.headStartMax()));
    for (Skill s : course.graph().skills()) {
      boolean ready = s.prerequisites().stream().allMatch(learner.known::containsKey);
      if (!novice && ready && random.nextDouble() < headStart) {
        learner.known.put(s.id(), start);
        // What they know already was practised before: it is not fragile.
        learner.practices.put(s.id(), 2);
      }
    }
    return learner;
  }

  /** The learner's id. */
  public String id() {
    return id;
  }

  /** The per-opportunity learning rate drawn for this learner. */
  public double learnRate() {
    return learnRate;
  }

  /** Skills known at {@code now}, after forgetting is applied. */
  public Set<String> knownSkills(Instant now, RandomGenerator random) {
    Set<String> result = new LinkedHashSet<>();
    for (Skill s : course.graph().skills()) {
      if (knows(s.id(), now, random)) {
        result.add(s.id());
      }
    }
    return result;
  }

  /** Whether {@code skill} is known at {@code now}; may forget it first. */
  public boolean knows(String skill, Instant now, RandomGenerator random) {
    Instant since = known.get(skill);
    if (since == null) {
      return false;
    }
    double days = Math.max(0, Duration.between(since, now).getSeconds() / SECONDS_PER_DAY);
    double hazard = settings.forgetPerDay() / (1 + practices.getOrDefault(skill, 0));
    // Exponential survival is memoryless, so accounting up to now and restarting the clock here
    // gives the same law as a single draw at the end.
    if (random.nextDouble() < 1 - Math.exp(-hazard * days)) {
      known.remove(skill);
      return false;
    }
    known.put(skill, now);
    return true;
  }

  /** The learner's answer to {@code item} at {@code now}; the answer itself teaches nothing. */
  public boolean answer(Item item, Instant now, RandomGenerator random) {
    boolean all = true;
    for (String skill : item.skills()) {
      all &= knows(skill, now, random);
    }
    int difficulty = course.difficulty(item);
    double p = all ? 1 - settings.slip(difficulty) : settings.guess(difficulty);
    return random.nextDouble() < p;
  }

  /** A learning opportunity on each of {@code item}'s skills after practising it. */
  public void practise(Item item, Instant now, RandomGenerator random) {
    for (String skill : item.skills()) {
      if (knows(skill, now, random)) {
        practices.merge(skill, 1, Integer::sum);
      } else {
        tryToLearn(skill, now, random);
      }
    }
  }

  /** A learning opportunity on {@code skill} from its lesson. */
  public void lesson(String skill, Instant now, RandomGenerator random) {
    if (!knows(skill, now, random)) {
      tryToLearn(skill, now, random);
    }
  }

  private void tryToLearn(String skill, Instant now, RandomGenerator random) {
    boolean ready = true;
    for (String p : course.graph().skill(skill).prerequisites()) {
      ready &= knows(p, now, random);
    }
    if (ready && random.nextDouble() < learnRate) {
      known.put(skill, now);
      practices.put(skill, 0);
    }
  }
}
