package mx.aprende.bot.learning;

import java.util.ArrayList;
import java.util.List;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Item;

/**
 * The authored curriculum as the engine sees it. The engine does not depend on the content model (a
 * library stays independent of its sibling); the bot, which wires both, translates once at
 * start-up.
 *
 * @param graph skills with their module and prerequisites, in teaching order
 * @param catalog every authored exercise with the skills it practises
 */
public record EngineCurriculum(SkillGraph graph, ItemCatalog catalog) {

  public static EngineCurriculum from(Curriculum curriculum) {
    List<Skill> skills = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    for (Module module : curriculum.modules()) {
      for (Unit unit : module.units()) {
        unit.skills().forEach(s -> skills.add(new Skill(s.id(), module.id(), s.prerequisites())));
        for (Exercise exercise : unit.exercises()) {
          items.add(new Item(exercise.id(), exercise.skills()));
        }
      }
    }
    return new EngineCurriculum(SkillGraph.of(skills), ItemCatalog.of(items));
  }
}
