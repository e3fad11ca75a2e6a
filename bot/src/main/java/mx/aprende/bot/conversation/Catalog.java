package mx.aprende.bot.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Level;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;

/**
 * What the conversation shows of the curriculum: modules by level, with their size. A value built
 * once at start-up, so conversation tests can build their own.
 */
public record Catalog(List<ModuleCard> modules, Map<String, String> skillNames) {

  /** One module as a learner sees it in a list. */
  public record ModuleCard(
      String id,
      String title,
      String summary,
      Level level,
      int units,
      int lessons,
      int exercises) {}

  public Catalog {
    modules = List.copyOf(modules);
    skillNames = Map.copyOf(skillNames);
  }

  public static Catalog from(Curriculum curriculum) {
    Map<String, String> names = new HashMap<>();
    curriculum.skills().forEach(s -> names.put(s.id(), s.name()));
    return new Catalog(curriculum.modules().stream().map(Catalog::card).toList(), names);
  }

  /** A skill's name as learners read it; its id if the curriculum has none. */
  String skillName(String skillId) {
    return skillNames.getOrDefault(skillId, skillId);
  }

  private static ModuleCard card(Module module) {
    List<Unit> units = module.units();
    return new ModuleCard(
        module.id(),
        module.title(),
        module.summary(),
        module.level(),
        units.size(),
        units.stream().mapToInt(u -> u.lessons().size()).sum(),
        units.stream().mapToInt(u -> u.exercises().size()).sum());
  }

  List<ModuleCard> of(Level level) {
    return modules.stream().filter(m -> m.level() == level).toList();
  }

  Optional<ModuleCard> module(String id) {
    return modules.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
