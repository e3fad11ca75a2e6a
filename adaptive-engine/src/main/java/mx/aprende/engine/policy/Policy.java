package mx.aprende.engine.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;

/**
 * Chooses the next {@link Activity} of a learner in a module. Rules, in order:
 *
 * <ol>
 *   <li>a mastered skill whose spaced review is due → {@link Activity.Review};
 *   <li>a skill in progress the learner keeps missing (at least {@link #STRUGGLE_ATTEMPTS}
 *       attempts, mastery still below {@link #STRUGGLE_MASTERY}) with a prerequisite credited
 *       without ever being practised (by placement or by the model's prior) → a {@link
 *       Activity.Review} of that prerequisite: a skill that cannot be learned usually means a
 *       missing foundation, and a wrong answer there sends the learner back to its lesson;
 *   <li>fewer skills in progress than {@link Config#maxSkillsInProgress()} and a skill of the
 *       module whose prerequisites are all mastered → {@link Activity.NewLesson} (curriculum
 *       order);
 *   <li>a skill in progress (introduced, not mastered) → {@link Activity.Practice} with the item
 *       whose predicted success is in the target band (closest to its middle), preferring items not
 *       seen, never an item among the last {@link Config#repeatWindow()}, and a skill other than
 *       the last one practised when several are in progress (interleaving); when the window holds
 *       every item of those skills, the least recently used one (rather than nothing);
 *   <li>every skill of the module mastered, but one not yet confirmed by a right answer given while
 *       it was already mastered → a readiness {@link Activity.Review} of that skill (the exam costs
 *       the learner a trip to a center: one mixed check per skill first);
 *   <li>every skill of the module mastered and confirmed → {@link Activity.ModuleExam};
 *   <li>otherwise {@link Activity.Blocked}.
 * </ol>
 *
 * A skill counts as mastered when the model's mastery reaches {@link Config#masteryThreshold()} or
 * placement found it known.
 */
public final class Policy {

  /**
   * Right answers on a skill that confirm placement's "already known" before it counts as mastered
   * (a wrong one withdraws it): placement's single answers can be lucky guesses.
   */
  static final int CONFIRMATIONS = 1;

  /** Attempts on a skill after which low mastery counts as struggling. */
  static final int STRUGGLE_ATTEMPTS = 4;

  /** Mastery below which a skill with {@link #STRUGGLE_ATTEMPTS} attempts counts as struggling. */
  static final double STRUGGLE_MASTERY = 0.5;

  /**
   * Tuning of the policy.
   *
   * @param masteryThreshold mastery at or above which a skill is mastered (default 0.95)
   * @param bandLow lowest predicted success of a good practice item (default 0.65)
   * @param bandHigh highest predicted success of a good practice item (default 0.85)
   * @param repeatWindow an item is not repeated within this many attempts (default 5)
   * @param maxSkillsInProgress skills practised at once before a new lesson (default 2)
   */
  public record Config(
      double masteryThreshold,
      double bandLow,
      double bandHigh,
      int repeatWindow,
      int maxSkillsInProgress) {

    /** Validates the band and the window. */
    public Config {
      if (!(bandLow < bandHigh) || repeatWindow < 0 || repeatWindow > LearnerState.RECENT_LIMIT) {
        throw new IllegalArgumentException("bad policy configuration");
      }
    }

    /** Threshold 0.95, band 0.65–0.85, repeat window 5, two skills in progress. */
    public static Config standard() {
      return new Config(0.95, 0.65, 0.85, 5, 2);
    }
  }

  private final SkillGraph graph;
  private final ItemCatalog catalog;
  private final SpacedReview review;
  private final Config config;

  /** A policy over {@code graph} and {@code catalog}. */
  public Policy(SkillGraph graph, ItemCatalog catalog, SpacedReview review, Config config) {
    this.graph = graph;
    this.catalog = catalog;
    this.review = review;
    this.config = config;
  }

  /** Whether {@code skill} counts as mastered for this learner. */
  public boolean mastered(LearnerState state, LearnerTrace trace, String skill) {
    // Placement can mistake a lucky guess for knowledge: its verdict counts once real answers on
    // the
    // skill confirmed it (a wrong answer withdraws it, see SkillProgress.practise).
    SkillProgress progress = state.skill(skill);
    return (progress.placed() && progress.attempts() >= CONFIRMATIONS)
        || trace.mastery(skill) >= config.masteryThreshold();
  }

  /** The next activity of the learner in {@code module}. */
  public Activity next(LearnerState state, LearnerTrace trace, String module) {
    List<Skill> skills = graph.module(module);
    if (skills.isEmpty()) {
      return new Activity.Blocked("module " + module + " has no skills");
    }
    Set<String> recent =
        new HashSet<>(
            state
                .recentItems()
                .subList(0, Math.min(config.repeatWindow(), state.recentItems().size())));

    for (String skill : review.due(state, s -> graph.contains(s) && mastered(state, trace, s))) {
      Optional<Item> item = firstAvailable(skill, recent, state);
      if (item.isPresent()) {
        return new Activity.Review(
            skill,
            item.get().id(),
            "Review "
                + skill
                + ": mastered, not practised since "
                + state.skill(skill).lastPractice().orElseThrow()
                + "; its review is due (after "
                + state.skill(skill).reviewStreak()
                + " successful reviews in a row).");
      }
    }

    List<String> inProgress = new ArrayList<>();
    for (Skill s : skills) {
      if (state.skill(s.id()).introduced() && !mastered(state, trace, s.id())) {
        inProgress.add(s.id());
      }
    }
    Optional<Activity> foundation = foundationCheck(state, trace, inProgress, recent);
    if (foundation.isPresent()) {
      return foundation.get();
    }
    if (inProgress.size() < config.maxSkillsInProgress()) {
      for (Skill s : skills) {
        if (!state.skill(s.id()).introduced()
            && s.prerequisites().stream().allMatch(p -> mastered(state, trace, p))) {
          return new Activity.NewLesson(
              s.id(),
              s.prerequisites().isEmpty()
                  ? "New lesson " + s.id() + ": it has no prerequisites."
                  : "New lesson " + s.id() + ": prerequisites " + s.prerequisites() + " mastered.");
        }
      }
    }
    if (!inProgress.isEmpty()) {
      Optional<Activity> practice =
          practice(state, trace, inProgress, recent)
              .or(() -> leastRecent(state, trace, inProgress));
      if (practice.isPresent()) {
        return practice.get();
      }
    }
    if (skills.stream().allMatch(s -> mastered(state, trace, s.id()))) {
      for (Skill s : skills) {
        if (state.skill(s.id()).reviewStreak() > 0) {
          continue;
        }
        Optional<Item> item = firstAvailable(s.id(), recent, state);
        if (item.isPresent()) {
          return new Activity.Review(
              s.id(),
              item.get().id(),
              "Readiness check of "
                  + s.id()
                  + ": mastered, not yet confirmed by a right answer since; every skill is"
                  + " checked once before the module exam.");
        }
      }
      return new Activity.ModuleExam(
          module,
          "All "
              + skills.size()
              + " skills of "
              + module
              + " are mastered and confirmed by a right answer since.");
    }
    return new Activity.Blocked(
        inProgress.isEmpty()
            ? "No skill of " + module + " is unlocked: prerequisites are not mastered."
            : "No practice item exists for " + inProgress + ".");
  }

  /**
   * Without this rule a learner whose placement answer on a prerequisite was a lucky guess (or whom
   * the model's prior credited with it) practises the skill built on it until the exercise cap:
   * that prerequisite is never taught, and never reviewed either, as it was never practised.
   */
  private Optional<Activity> foundationCheck(
      LearnerState state, LearnerTrace trace, List<String> inProgress, Set<String> recent) {
    for (String skill : inProgress) {
      if (state.skill(skill).attempts() < STRUGGLE_ATTEMPTS
          || trace.mastery(skill) >= STRUGGLE_MASTERY) {
        continue;
      }
      for (String prerequisite : graph.skill(skill).prerequisites()) {
        if (state.skill(prerequisite).attempts() > 0
            || !mastered(state, trace, prerequisite)
            || !graph.contains(prerequisite)) {
          continue;
        }
        Optional<Item> item = firstAvailable(prerequisite, recent, state);
        if (item.isPresent()) {
          return Optional.of(
              new Activity.Review(
                  prerequisite,
                  item.get().id(),
                  String.format(
                      Locale.ROOT,
                      "Check prerequisite %s: %s still has mastery %.2f after %d attempts, and %s"
                          + " was credited without ever being practised.",
                      prerequisite,
                      skill,
                      trace.mastery(skill),
                      state.skill(skill).attempts(),
                      prerequisite)));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Item> firstAvailable(String skill, Set<String> recent, LearnerState state) {
    return catalog.forSkill(skill).stream()
        .filter(i -> !recent.contains(i.id()))
        .min(Comparator.comparing((Item i) -> state.seenItems().contains(i.id())));
  }

  private record Candidate(
      String skill, Item item, double predicted, boolean inBand, boolean seen) {}

  private Optional<Activity> practice(
      LearnerState state, LearnerTrace trace, List<String> inProgress, Set<String> recent) {
    List<String> skills = new ArrayList<>(inProgress);
    Optional<String> interleavedAway =
        skills.size() > 1 && state.lastSkill().isPresent() && skills.remove(state.lastSkill().get())
            ? state.lastSkill()
            : Optional.empty();
    double middle = (config.bandLow() + config.bandHigh()) / 2;
    List<Candidate> candidates = new ArrayList<>();
    for (String skill : skills) {
      for (Item item : catalog.forSkill(skill)) {
        if (recent.contains(item.id())) {
          continue;
        }
        double p = trace.predict(item);
        candidates.add(
            new Candidate(
                skill,
                item,
                p,
                p >= config.bandLow() && p <= config.bandHigh(),
                state.seenItems().contains(item.id())));
      }
    }
    if (candidates.isEmpty() && interleavedAway.isPresent()) {
      // Only the last skill has items left: better to repeat the skill than to stall.
      return practice(state.withoutLastSkill(), trace, inProgress, recent);
    }
    return candidates.stream()
        .min(
            Comparator.comparing((Candidate c) -> !c.inBand())
                .thenComparing(Candidate::seen)
                .thenComparingDouble(c -> Math.abs(c.predicted() - middle)))
        .map(
            c ->
                new Activity.Practice(
                    c.skill(), c.item().id(), c.predicted(), reason(c, interleavedAway)));
  }

  /**
   * Every item of the skills in progress is inside the repeat window (a skill with fewer items than
   * the window): repeating the least recently used item beats leaving the learner with nothing.
   */
  private Optional<Activity> leastRecent(
      LearnerState state, LearnerTrace trace, List<String> inProgress) {
    List<String> recentItems = state.recentItems();
    String bestSkill = null;
    Item best = null;
    int bestAge = -1;
    for (String skill : inProgress) {
      for (Item item : catalog.forSkill(skill)) {
        int at = recentItems.indexOf(item.id());
        int age = at < 0 ? Integer.MAX_VALUE : at;
        if (age > bestAge) {
          bestAge = age;
          best = item;
          bestSkill = skill;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Activity.Practice(
            bestSkill,
            best.id(),
            trace.predict(best),
            "Practice "
                + bestSkill
                + ": every item of "
                + inProgress
                + " is in the repeat window of "
                + config.repeatWindow()
                + "; repeating the least recent one."));
  }

  private String reason(Candidate c, Optional<String> interleavedAway) {
    StringBuilder sb =
        new StringBuilder("Practice ")
            .append(c.skill())
            .append(String.format(Locale.ROOT, ": predicted success %.2f ", c.predicted()))
            .append(
                c.inBand()
                    ? String.format(
                        Locale.ROOT,
                        "in the target band %.2f–%.2f",
                        config.bandLow(),
                        config.bandHigh())
                    : String.format(
                        Locale.ROOT,
                        "closest to the target band %.2f–%.2f",
                        config.bandLow(),
                        config.bandHigh()))
            .append(c.seen() ? "; item seen before" : "; new item");
    interleavedAway.ifPresent(s -> sb.append("; interleaved after ").append(s));
    return sb.append('.').toString();
  }
}
