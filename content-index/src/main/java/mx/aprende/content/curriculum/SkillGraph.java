package mx.aprende.content.curriculum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.aprende.content.ContentException;

/**
 * The skills and their prerequisites as a directed graph. Unknown prerequisite ids are ignored here
 * (the validator reports them). On a valid curriculum the graph is a DAG.
 */
public final class SkillGraph {
  private final Map<String, List<String>> prerequisites = new LinkedHashMap<>();
  private final Map<String, List<String>> dependents = new LinkedHashMap<>();

  /** The graph of {@code skills}. */
  public SkillGraph(List<Skill> skills) {
    for (Skill skill : skills) {
      prerequisites.putIfAbsent(skill.id(), new ArrayList<>());
      dependents.putIfAbsent(skill.id(), new ArrayList<>());
    }
    for (Skill skill : skills) {
      for (String pre : skill.prerequisites()) {
        if (prerequisites.containsKey(pre) && !prerequisites.get(skill.id()).contains(pre)) {
          prerequisites.get(skill.id()).add(pre);
          dependents.get(pre).add(skill.id());
        }
      }
    }
  }

  /** The graph of every skill of {@code curriculum}. */
  public static SkillGraph of(Curriculum curriculum) {
    return new SkillGraph(curriculum.skills());
  }

  /** The skill ids, in declaration order. */
  public Set<String> skills() {
    return Collections.unmodifiableSet(prerequisites.keySet());
  }

  /** The direct prerequisites of {@code skill} (empty when unknown). */
  public List<String> prerequisites(String skill) {
    return List.copyOf(prerequisites.getOrDefault(skill, List.of()));
  }

  /** The skills that list {@code skill} as a direct prerequisite. */
  public List<String> dependents(String skill) {
    return List.copyOf(dependents.getOrDefault(skill, List.of()));
  }

  /** Every skill needed before {@code skill}, nearest first. */
  public Set<String> allPrerequisites(String skill) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(prerequisites(skill));
    while (!queue.isEmpty()) {
      String next = queue.removeFirst();
      if (seen.add(next)) {
        queue.addAll(prerequisites(next));
      }
    }
    return seen;
  }

  /**
   * Skills ordered so that each comes after all its prerequisites (Kahn's algorithm; ties keep
   * declaration order).
   *
   * @throws ContentException when the graph has a cycle
   */
  public List<String> topologicalOrder() {
    Map<String, Integer> remaining = new HashMap<>();
    prerequisites.forEach((skill, pres) -> remaining.put(skill, pres.size()));
    List<String> order = new ArrayList<>();
    Deque<String> ready = new ArrayDeque<>();
    prerequisites.keySet().stream().filter(s -> remaining.get(s) == 0).forEach(ready::add);
    while (!ready.isEmpty()) {
      String skill = ready.removeFirst();
      order.add(skill);
      for (String dependent : dependents.get(skill)) {
        if (remaining.merge(dependent, -1, Integer::sum) == 0) {
          ready.add(dependent);
        }
      }
    }
    if (order.size() != prerequisites.size()) {
      throw new ContentException("Skill prerequisites have a cycle: " + cycles().getFirst());
    }
    return order;
  }

  /**
   * Every elementary cycle found by depth-first search, each listed from its smallest id and closed
   * ({@code [a, b, a]}); empty for a DAG.
   */
  public List<List<String>> cycles() {
    Set<List<String>> found = new LinkedHashSet<>();
    Set<String> done = new HashSet<>();
    for (String start : prerequisites.keySet()) {
      if (!done.contains(start)) {
        visit(start, new ArrayList<>(), new HashSet<>(), done, found);
      }
    }
    return List.copyOf(found);
  }

  private void visit(
      String skill,
      List<String> path,
      Set<String> onPath,
      Set<String> done,
      Set<List<String>> found) {
    path.add(skill);
    onPath.add(skill);
    for (String pre : prerequisites.get(skill)) {
      if (onPath.contains(pre)) {
        found.add(normalised(path.subList(path.indexOf(pre), path.size())));
      } else if (!done.contains(pre)) {
        visit(pre, path, onPath, done, found);
      }
    }
    onPath.remove(skill);
    path.removeLast();
    done.add(skill);
  }

  private static List<String> normalised(List<String> cycle) {
    int min = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (cycle.get(i).compareTo(cycle.get(min)) < 0) {
        min = i;
      }
    }
    List<String> out = new ArrayList<>(cycle.subList(min, cycle.size()));
    out.addAll(cycle.subList(0, min));
    out.add(out.getFirst());
    return List.copyOf(out);
  }
}
