package mx.aprende.engine.curriculum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.aprende.engine.EngineException;

/**
 * The prerequisite graph of the curriculum: a directed acyclic graph of {@link Skill}s, kept in
 * curriculum order (every skill after its prerequisites). Immutable.
 */
public final class SkillGraph {

  private final Map<String, Skill> skills;
  private final Map<String, List<String>> dependents;

  private SkillGraph(Map<String, Skill> skills, Map<String, List<String>> dependents) {
    this.skills = skills;
    this.dependents = dependents;
  }

  /**
   * A graph of {@code skills} given in any order; rejects unknown prerequisites, duplicates and
   * cycles. Ties in curriculum order keep the given order.
   */
  public static SkillGraph of(List<Skill> skills) {
    Map<String, Skill> byId = new LinkedHashMap<>();
    for (Skill s : skills) {
      if (byId.put(s.id(), s) != null) {
        throw new EngineException("duplicate skill " + s.id());
      }
    }
    Map<String, List<String>> dependents = new HashMap<>();
    for (Skill s : skills) {
      for (String p : s.prerequisites()) {
        if (!byId.containsKey(p)) {
          throw new EngineException("skill " + s.id() + " requires unknown skill " + p);
        }
        dependents.computeIfAbsent(p, k -> new ArrayList<>()).add(s.id());
      }
    }
    Map<String, Skill> ordered = new LinkedHashMap<>();
    Set<String> visiting = new LinkedHashSet<>();
    for (Skill s : skills) {
      visit(s.id(), byId, ordered, visiting);
    }
    Map<String, List<String>> frozen = new HashMap<>();
    dependents.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new SkillGraph(Collections.unmodifiableMap(ordered), Map.copyOf(frozen));
  }

  private static void visit(
      String id, Map<String, Skill> byId, Map<String, Skill> ordered, Set<String> visiting) {
    if (ordered.containsKey(id)) {
      return;
    }
    if (!visiting.add(id)) {
      throw new EngineException("prerequisite cycle through " + id);
    }
    for (String p : byId.get(id).prerequisites()) {
      visit(p, byId, ordered, visiting);
    }
    visiting.remove(id);
    ordered.put(id, byId.get(id));
  }

  /** All skills in curriculum order. */
  public List<Skill> skills() {
    return List.copyOf(skills.values());
  }

  /** The skill with {@code id}; throws when unknown. */
  public Skill skill(String id) {
    Skill s = skills.get(id);
    if (s == null) {
      throw new EngineException("unknown skill " + id);
    }
    return s;
  }

  /** Whether the graph has a skill {@code id}. */
  public boolean contains(String id) {
    return skills.containsKey(id);
  }

  /** Skills of {@code module} in curriculum order. */
  public List<Skill> module(String module) {
    return skills.values().stream().filter(s -> s.module().equals(module)).toList();
  }

  /** Skills that directly require {@code id}. */
  public List<String> dependents(String id) {
    return dependents.getOrDefault(id, List.of());
  }

  /** All skills {@code id} requires, directly or not. */
  public Set<String> ancestors(String id) {
    Set<String> result = new LinkedHashSet<>();
    collect(id, result, s -> skill(s).prerequisites());
    return result;
  }

  /** All skills that require {@code id}, directly or not. */
  public Set<String> descendants(String id) {
    Set<String> result = new LinkedHashSet<>();
    collect(id, result, this::dependents);
    return result;
  }

  private static void collect(
      String id, Set<String> into, java.util.function.Function<String, List<String>> next) {
    for (String n : next.apply(id)) {
      if (into.add(n)) {
        collect(n, into, next);
      }
    }
  }
}
