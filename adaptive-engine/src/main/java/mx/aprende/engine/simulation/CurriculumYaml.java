package mx.aprende.engine.simulation;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mx.aprende.engine.EngineException;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Item;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the minimum the simulation needs from the curriculum's unit files ({@code modules/*}{@code
 * /*.yaml}): skill ids and prerequisites, and exercise ids, skills and difficulty. The engine does
 * not depend on the content index, whose loader validates the full format; this reader trusts that
 * validation and ignores everything else.
 */
public final class CurriculumYaml {

  private static final int DEFAULT_DIFFICULTY = 2;

  private CurriculumYaml() {}

  /** The course of the whole curriculum under {@code curriculumDir}. */
  public static Course read(Path curriculumDir) {
    Path modules = curriculumDir.resolve("modules");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(modules)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new EngineException("cannot list " + modules, e);
    }
    List<Skill> skills = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    Map<String, Integer> difficulty = new HashMap<>();
    for (Path file : files) {
      Map<?, ?> unit = load(file);
      String module = String.valueOf(unit.get("module"));
      for (Map<?, ?> skill : maps(unit.get("skills"))) {
        skills.add(
            new Skill(
                String.valueOf(skill.get("id")), module, strings(skill.get("prerequisites"))));
      }
      for (Map<?, ?> exercise : maps(unit.get("exercises"))) {
        String id = String.valueOf(exercise.get("id"));
        items.add(new Item(id, strings(exercise.get("skills"))));
        difficulty.put(
            id, exercise.get("difficulty") instanceof Number n ? n.intValue() : DEFAULT_DIFFICULTY);
      }
    }
    return new Course(SkillGraph.of(skills), ItemCatalog.of(items), difficulty);
  }

  private static Map<?, ?> load(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      // module.yaml files describe the module and have neither skills nor exercises.
      return doc instanceof Map<?, ?> m ? m : Map.of();
    } catch (IOException | RuntimeException e) {
      throw new EngineException("cannot read " + file, e);
    }
  }

  private static List<Map<?, ?>> maps(Object value) {
    List<Map<?, ?>> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          result.add(m);
        }
      }
    }
    return result;
  }

  private static List<String> strings(Object value) {
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }
}
