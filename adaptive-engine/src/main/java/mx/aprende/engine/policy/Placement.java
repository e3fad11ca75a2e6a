package mx.aprende.engine.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Item;

/**
 * An adaptive placement test of at most {@link #MAX_QUESTIONS} questions that walks the skill
 * graph. A correct answer is evidence that the skill and everything it requires are known; a wrong
 * answer, that the skill and everything built on it are not. Each answer adds +1 or −1 to the
 * scores of those skills; at the end a positive score means known, anything else unknown.
 *
 * <p>The next question goes to the unscored skill that best halves what is still unknown (the
 * largest min(#unscored skills it would settle if right, #if wrong)), like a binary search on the
 * graph. When every skill has a score, the remaining questions re-check the weakest evidence on the
 * boundary between known and unknown, so a single lucky guess or slip is caught. Pure and
 * immutable: each answer returns a new {@link State}.
 */
public final class Placement {

  /** The most questions a placement asks. */
  public static final int MAX_QUESTIONS = 12;

  private final SkillGraph graph;
  private final ItemCatalog catalog;
  private final int maxQuestions;

  /** A placement over {@code graph} asking items from {@code catalog}. */
  public Placement(SkillGraph graph, ItemCatalog catalog, int maxQuestions) {
    if (maxQuestions < 1 || maxQuestions > MAX_QUESTIONS) {
      throw new IllegalArgumentException("between 1 and " + MAX_QUESTIONS + " questions");
    }
    this.graph = graph;
    this.catalog = catalog;
    this.maxQuestions = maxQuestions;
  }

  /**
   * Progress of one placement: evidence per skill (positive = known), questions asked, items used.
   */
  public record State(Map<String, Integer> scores, int asked, Set<String> usedItems) {
    /** Copies the collections. */
    public State {
      scores = Map.copyOf(scores);
      usedItems = Set.copyOf(usedItems);
    }
  }

  /** The starting state. */
  public State start() {
    return new State(Map.of(), 0, Set.of());
  }

  /** The next question, or empty when the placement is over. */
  public Optional<Item> next(State state) {
    if (state.asked() >= maxQuestions) {
      return Optional.empty();
    }
    List<String> order = graph.skills().stream().map(Skill::id).toList();
    Optional<String> skill = bestSplit(state, order).or(() -> weakestBoundary(state, order));
    return skill.flatMap(
        s ->
            catalog.forSkill(s).stream()
                .filter(i -> !state.usedItems().contains(i.id()))
                .findFirst()
                .or(() -> catalog.forSkill(s).stream().findFirst()));
  }

  /** The state after the learner answered {@code item}. */
  public State answer(State state, Item item, boolean correct) {
    Map<String, Integer> scores = new HashMap<>(state.scores());
    Set<String> affected = new LinkedHashSet<>();
    for (String skill : item.skills()) {
      affected.add(skill);
      affected.addAll(correct ? graph.ancestors(skill) : graph.descendants(skill));
    }
    for (String s : affected) {
      scores.merge(s, correct ? 1 : -1, Integer::sum);
    }
    Set<String> used = new HashSet<>(state.usedItems());
    used.add(item.id());
    return new State(scores, state.asked() + 1, used);
  }

  /** Skills the placement found known (positive evidence); every other skill is unknown. */
  public Set<String> known(State state) {
    Set<String> known = new LinkedHashSet<>();
    for (Skill s : graph.skills()) {
      if (state.scores().getOrDefault(s.id(), 0) > 0) {
        known.add(s.id());
      }
    }
    return known;
  }

  private Optional<String> bestSplit(State state, List<String> order) {
    String best = null;
    int bestValue = 0;
    for (String skill : order) {
      if (state.scores().containsKey(skill) || catalog.forSkill(skill).isEmpty()) {
        continue;
      }
      int up = 1 + unscored(graph.ancestors(skill), state);
      int down = 1 + unscored(graph.descendants(skill), state);
      int value = Math.min(up, down);
      if (value > bestValue) {
        bestValue = value;
        best = skill;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int unscored(Set<String> skills, State state) {
    int n = 0;
    for (String s : skills) {
      if (!state.scores().containsKey(s)) {
        n++;
      }
    }
    return n;
  }

  private Optional<String> weakestBoundary(State state, List<String> order) {
    // Boundary: a known skill with an unknown dependent, or an unknown skill whose prerequisites
    // are all known. Those are where one wrong piece of evidence moves the most.
    List<String> boundary = new ArrayList<>();
    for (String skill : order) {
      if (catalog.forSkill(skill).isEmpty()) {
        continue;
      }
      boolean known = state.scores().getOrDefault(skill, 0) > 0;
      boolean onBoundary =
          known
              ? graph.dependents(skill).stream()
                  .anyMatch(d -> state.scores().getOrDefault(d, 0) <= 0)
              : graph.skill(skill).prerequisites().stream()
                  .allMatch(p -> state.scores().getOrDefault(p, 0) > 0);
      if (onBoundary) {
        boundary.add(skill);
      }
    }
    return boundary.stream()
        .min(Comparator.comparingInt((String s) -> Math.abs(state.scores().getOrDefault(s, 0))));
  }
}
