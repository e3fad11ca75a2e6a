package mx.aprende.ops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.ops.OpsException;

/**
 * The journeys learners follow, read from JSON so they can change with the conversation without
 * touching code: {@code {"first":[steps], "journeys":[{"name","weight","steps":[{"say":[...]} |
 * {"tap":{"prefer":[...], "otherwise":"..."}}]}]}}. The {@code first} steps (onboarding) are sent
 * once by every learner before their journey's steps.
 */
final class Journeys {

  static final String BUILT_IN = "journeys.json";

  private final List<Journey> all;
  private final int totalWeight;

  Journeys(List<Journey> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("at least one journey is needed");
    }
    this.all = List.copyOf(all);
    this.totalWeight = all.stream().mapToInt(Journey::weight).sum();
  }

  /** The journeys shipped with the load generator. */
  static Journeys builtIn() {
    try (InputStream in = Journeys.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new OpsException("The built-in " + BUILT_IN + " is missing from the classpath");
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new OpsException("Cannot read the built-in journeys", e);
    }
  }

  static Journeys read(Path file) {
    try {
      return parse(new ObjectMapper().readTree(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new OpsException("Cannot read journeys from " + file + ": " + e.getMessage(), e);
    }
  }

  static Journeys parse(JsonNode root) {
    List<Step> first = new ArrayList<>();
    for (JsonNode step : root.path("first")) {
      first.add(step(step));
    }
    List<Journey> journeys = new ArrayList<>();
    for (JsonNode node : root.path("journeys")) {
      List<Step> steps = new ArrayList<>();
      for (JsonNode step : node.path("steps")) {
        steps.add(step(step));
      }
      journeys.add(
          new Journey(
              node.path("name").asText("journey"), node.path("weight").asInt(1), first, steps));
    }
    return new Journeys(journeys);
  }

  private static Step step(JsonNode node) {
    if (node.has("say")) {
      List<String> texts = new ArrayList<>();
      node.get("say").forEach(t -> texts.add(t.asText()));
      return new Step.Say(texts);
    }
    if (node.has("tap")) {
      JsonNode tap = node.get("tap");
      List<String> prefer = new ArrayList<>();
      tap.path("prefer").forEach(t -> prefer.add(t.asText()));
      return new Step.Tap(prefer, tap.path("otherwise").asText("menú"));
    }
    throw new OpsException("A journey step must be {\"say\":[...]} or {\"tap\":{...}}: " + node);
  }

  /** A journey drawn by weight. */
  Journey pick(RandomGenerator random) {
    int ticket = random.nextInt(totalWeight);
    for (Journey journey : all) {
      ticket -= journey.weight();
      if (ticket < 0) {
        return journey;
      }
    }
    throw new IllegalStateException("weights sum to " + totalWeight);
  }

  List<Journey> all() {
    return all;
  }
}
