package mx.aprende.content.curriculum;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import mx.aprende.content.ContentException;
import org.junit.jupiter.api.Test;

class SkillGraphTest {
  private static Skill skill(String id, String... prerequisites) {
    return new Skill(id, id, List.of(prerequisites), Location.NOWHERE);
  }

  /** Every skill comes after its prerequisites in the topological order. */
  @Test
  void ordersPrerequisitesFirst() {
    SkillGraph graph =
        new SkillGraph(List.of(skill("c", "b"), skill("b", "a"), skill("a"), skill("d", "a", "c")));
    assertThat(graph.topologicalOrder(), contains("a", "b", "c", "d"));
    assertThat(graph.allPrerequisites("d"), contains("a", "c", "b"));
    assertThat(graph.dependents("a"), contains("b", "d"));
  }

  /** A cycle is named from its smallest id and closed, and blocks the topological order. */
  @Test
  void namesCycles() {
    SkillGraph graph =
        new SkillGraph(List.of(skill("b", "c"), skill("c", "a"), skill("a", "b"), skill("x")));
    assertThat(graph.cycles(), is(List.of(List.of("a", "b", "c", "a"))));
    assertThrows(ContentException.class, graph::topologicalOrder);
  }
}
