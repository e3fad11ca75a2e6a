package mx.aprende.engine.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.aprende.engine.mastery.Attempt;

/**
 * The policy's memory of one learner: per-skill progress, the most recent items (newest first, at
 * most {@link #RECENT_LIMIT}), every item seen, and the skill practised last. Immutable: every
 * change returns a new state.
 */
public record LearnerState(
    String learnerId,
    Map<String, SkillProgress> skills,
    List<String> recentItems,
    Set<String> seenItems,
    Optional<String> lastSkill) {

  /** How many recent items are remembered (the repeat window cannot exceed it). */
  public static final int RECENT_LIMIT = 50;

  /** Copies the collections. */
  public LearnerState {
    skills = Map.copyOf(skills);
    recentItems = List.copyOf(recentItems);
    seenItems = Set.copyOf(seenItems);
  }

  /** A learner who has done nothing yet. */
  public static LearnerState fresh(String learnerId) {
    return new LearnerState(learnerId, Map.of(), List.of(), Set.of(), Optional.empty());
  }

  /** The progress on {@code skill} ({@link SkillProgress#NEW} when never met). */
  public SkillProgress skill(String skill) {
    return skills.getOrDefault(skill, SkillProgress.NEW);
  }

  /** This state with the lesson of {@code skill} given. */
  public LearnerState withLesson(String skill) {
    Map<String, SkillProgress> next = new HashMap<>(skills);
    next.put(skill, skill(skill).introduce());
    return new LearnerState(learnerId, next, recentItems, seenItems, lastSkill);
  }

  /** This state with placement's "already known" verdict on {@code known} skills. */
  public LearnerState withPlacement(Set<String> known, Instant at) {
    Map<String, SkillProgress> next = new HashMap<>(skills);
    for (String skill : known) {
      next.put(skill, skill(skill).place(at));
    }
    return new LearnerState(learnerId, next, recentItems, seenItems, lastSkill);
  }

  /**
   * This state after {@code attempt} at {@code at}; {@code masteredBefore} lists the item's skills
   * that were mastered before the attempt (they were being reviewed).
   */
  public LearnerState withAttempt(Attempt attempt, Instant at, Set<String> masteredBefore) {
    Map<String, SkillProgress> next = new HashMap<>(skills);
    for (String skill : attempt.item().skills()) {
      next.put(skill, skill(skill).practise(at, attempt.correct(), masteredBefore.contains(skill)));
    }
    List<String> recent = new ArrayList<>(RECENT_LIMIT);
    recent.add(attempt.item().id());
    for (String id : recentItems) {
      if (recent.size() == RECENT_LIMIT) {
        break;
      }
      recent.add(id);
    }
    Set<String> seen = new HashSet<>(seenItems);
    seen.add(attempt.item().id());
    return new LearnerState(
        learnerId, next, recent, seen, Optional.of(attempt.item().skills().get(0)));
  }

  /** This state without the memory of the last skill (so interleaving does not exclude it). */
  public LearnerState withoutLastSkill() {
    return new LearnerState(learnerId, skills, recentItems, seenItems, Optional.empty());
  }
}
