package mx.aprende.engine.curriculum;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import mx.aprende.engine.EngineException;
import mx.aprende.engine.mastery.Item;
import org.junit.jupiter.api.Test;

class SkillGraphTest {

  private static final SkillGraph GRAPH =
      SkillGraph.of(
          List.of(
              new Skill("D", "M1", List.of("B", "C")),
              new Skill("B", "M1", List.of("A")),
              new Skill("A", "M1", List.of()),
              new Skill("C", "M1", List.of("A")),
              new Skill("E", "M2", List.of("D"))));

  /** Skills come out in curriculum order: each after its prerequisites. */
  @Test
  void ordersSkillsAfterPrerequisites() {
    assertThat(
        GRAPH.skills().stream().map(Skill::id).toList(), is(List.of("A", "B", "C", "D", "E")));
    assertThat(GRAPH.module("M2").stream().map(Skill::id).toList(), is(List.of("E")));
  }

  /** Ancestors and descendants follow the prerequisite edges transitively. */
  @Test
  void walksTheGraph() {
    assertThat(GRAPH.ancestors("D"), is(Set.of("A", "B", "C")));
    assertThat(GRAPH.descendants("B"), is(Set.of("D", "E")));
    assertThat(GRAPH.dependents("A"), is(List.of("B", "C")));
  }

  /** Cycles and unknown prerequisites are rejected when the graph is built. */
  @Test
  void rejectsBrokenGraphs() {
    EngineException cycle =
        assertThrows(
            EngineException.class,
            () ->
                SkillGraph.of(
                    List.of(new Skill("A", "M", List.of("B")), new Skill("B", "M", List.of("A")))));
    assertThat(cycle.getMessage(), containsString("cycle"));
    assertThrows(
        EngineException.class, () -> SkillGraph.of(List.of(new Skill("A", "M", List.of("Z")))));
  }

  /** The catalogue lists an item under each of its skills. */
  @Test
  void catalogIndexesItemsBySkill() {
    ItemCatalog catalog =
        ItemCatalog.of(List.of(new Item("x", List.of("A", "B")), Item.of("y", "B")));
    assertThat(catalog.forSkill("B").stream().map(Item::id).toList(), is(List.of("x", "y")));
    assertThat(catalog.forSkill("Z"), is(List.of()));
  }
}
