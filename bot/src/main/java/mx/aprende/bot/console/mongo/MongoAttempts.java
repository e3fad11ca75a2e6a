package mx.aprende.bot.console.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.console.flags.RecentAnswers;
import mx.aprende.bot.console.learners.AnswerHistory;
import org.bson.Document;

/** Read-only queries over the engine's {@code attempts} log. */
public final class MongoAttempts implements RecentAnswers, AnswerHistory {

  private final MongoCollection<Document> attempts;

  public MongoAttempts(MongoDatabase database) {
    this.attempts = database.getCollection("attempts");
  }

  @Override
  public List<Boolean> onLatestSkill(String learnerKey, int limit) {
    Optional<String> skill = latestSkill(learnerKey);
    if (skill.isEmpty()) {
      return List.of();
    }
    List<Boolean> results = new ArrayList<>();
    attempts
        .find(Filters.and(Filters.eq("learnerId", learnerKey), Filters.eq("skills", skill.get())))
        .sort(Sorts.descending("at"))
        .limit(limit)
        .forEach(d -> results.add(Boolean.TRUE.equals(d.getBoolean("correct"))));
    return results;
  }

  @Override
  public Map<String, Long> attemptsBySkill(String learnerKey) {
    Map<String, Long> counts = new HashMap<>();
    attempts
        .aggregate(
            List.of(
                Aggregates.match(Filters.eq("learnerId", learnerKey)),
                Aggregates.unwind("$skills"),
                Aggregates.group("$skills", Accumulators.sum("n", 1))))
        .forEach(d -> counts.put(d.getString("_id"), d.get("n", Number.class).longValue()));
    return counts;
  }

  @Override
  public Optional<String> latestSkill(String learnerKey) {
    Document latest =
        attempts.find(Filters.eq("learnerId", learnerKey)).sort(Sorts.descending("at")).first();
    if (latest == null) {
      return Optional.empty();
    }
    List<String> skills = latest.getList("skills", String.class, List.of());
    return skills.isEmpty() ? Optional.empty() : Optional.of(skills.getFirst());
  }
}
