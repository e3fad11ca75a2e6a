package mx.aprende.engine.policy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Item;
import org.junit.jupiter.api.Test;

class PlacementTest {

  /**
   * Four strands of six skills; each skill needs the previous one of its strand and of the strand
   * before.
   */
  static final int STRANDS = 4;

  static final int DEPTH = 6;
  static final SkillGraph GRAPH;
  static final ItemCatalog CATALOG;

  static {
    List<Skill> skills = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    for (int j = 0; j < DEPTH; j++) {
      for (int k = 0; k < STRANDS; k++) {
        List<String> prerequisites = new ArrayList<>();
        if (j > 0) {
          prerequisites.add(id(k, j - 1));
          if (k > 0) {
            prerequisites.add(id(k - 1, j - 1));
          }
        }
        skills.add(new Skill(id(k, j), "M" + j, prerequisites));
        for (int q = 0; q < 3; q++) {
          items.add(Item.of(id(k, j) + "-q" + q, id(k, j)));
        }
      }
    }
    GRAPH = SkillGraph.of(skills);
    CATALOG = ItemCatalog.of(items);
  }

  static String id(int strand, int level) {
    return "s" + strand + "." + level;
  }

  /** A downward-closed set of known skills: roughly {@code level} deep, jittered per strand. */
  static Set<String> truth(SplittableRandom random) {
    int level = random.nextInt(DEPTH + 1);
    Set<String> known = new HashSet<>();
    for (Skill s : GRAPH.skills()) {
      int strand = s.id().charAt(1) - '0';
      int depth = s.id().charAt(3) - '0';
      int strandLevel = level + random.nextInt(-1, 2) * (strand % 2);
      if (depth < strandLevel && known.containsAll(s.prerequisites())) {
        known.add(s.id());
      }
    }
    return known;
  }

  static double accuracy(Set<String> truth, Set<String> found) {
    int right = 0;
    for (Skill s : GRAPH.skills()) {
      right += truth.contains(s.id()) == found.contains(s.id()) ? 1 : 0;
    }
    return right / (double) GRAPH.skills().size();
  }

  static Set<String> place(Set<String> truth, double slip, double guess, SplittableRandom random) {
    Placement placement = new Placement(GRAPH, CATALOG, Placement.MAX_QUESTIONS);
    Placement.State state = placement.start();
    Optional<Item> next;
    while ((next = placement.next(state)).isPresent()) {
      boolean knows = truth.contains(next.get().skills().get(0));
      boolean correct = knows ? random.nextDouble() >= slip : random.nextDouble() < guess;
      state = placement.answer(state, next.get(), correct);
    }
    assertThat(state.asked(), lessThanOrEqualTo(Placement.MAX_QUESTIONS));
    return placement.known(state);
  }

  /** Without guessing or slips, placement classifies every skill of 24 correctly. */
  @Test
  void noiselessAnswersClassifyEverySkill() {
    SplittableRandom random = new SplittableRandom(3);
    for (int learner = 0; learner < 200; learner++) {
      Set<String> truth = truth(random);
      assertThat(place(truth, 0, 0, random), is(truth));
    }
  }

  /** With 10 % slips and 20 % guesses, at least 85 % of skills are still classified right. */
  @Test
  void noisyAnswersStillClassifyMostSkills() {
    SplittableRandom random = new SplittableRandom(4);
    double sum = 0;
    int learners = 1000;
    for (int learner = 0; learner < learners; learner++) {
      Set<String> truth = truth(random);
      sum += accuracy(truth, place(truth, 0.1, 0.2, random));
    }
    assertThat(sum / learners, greaterThanOrEqualTo(0.85));
  }

  /** An adult who knows the first three levels does not start at the beginning. */
  @Test
  void knownBasicsAreSkipped() {
    Set<String> truth = new HashSet<>();
    for (Skill s : GRAPH.skills()) {
      if (s.id().charAt(3) - '0' < 3) {
        truth.add(s.id());
      }
    }
    Set<String> found = place(truth, 0, 0, new SplittableRandom(1));
    LearnerState state = LearnerState.fresh("adult").withPlacement(found, PolicyTest.NOW);
    assertThat(state.skill(id(0, 0)).placed(), is(true));
    assertThat(state.skill(id(0, 3)).placed(), is(false));
  }
}
