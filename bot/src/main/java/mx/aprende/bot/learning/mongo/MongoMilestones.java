package mx.aprende.bot.learning.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.aprende.bot.learning.Milestones;
import org.bson.Document;

/**
 * Milestones in {@code learner_milestones}, one document per learner ({@code _id} = learner key):
 * {@code firstMastered} and {@code moduleReady} (dates), {@code readyModules} (module ids) and
 * {@code backfilledAt}. Each write is one upsert with {@code $min} (keeps the earliest date) or
 * {@code $addToSet}, so repeated and concurrent writes from several instances agree; the embedded
 * mongo-java-server and MongoDB both support these operators.
 */
public final class MongoMilestones implements Milestones {

  /** The collection, also erased with the learner's other personal data. */
  public static final String COLLECTION = "learner_milestones";

  private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

  private final MongoCollection<Document> milestones;
  private final MongoCollection<Document> learnerStates;

  public MongoMilestones(MongoDatabase database) {
    this.milestones = database.getCollection(COLLECTION);
    this.learnerStates = database.getCollection("learner_states");
  }

  @Override
  public void skillMastered(String learnerKey, Instant at) {
    milestones.updateOne(
        Filters.eq("_id", learnerKey), Updates.min("firstMastered", Date.from(at)), UPSERT);
  }

  @Override
  public void moduleReady(String learnerKey, String moduleId, Instant at) {
    milestones.updateOne(
        Filters.eq("_id", learnerKey),
        Updates.combine(
            Updates.min("moduleReady", Date.from(at)), Updates.addToSet("readyModules", moduleId)),
        UPSERT);
  }

  @Override
  public List<String> notBackfilled() {
    Set<String> done = new HashSet<>();
    milestones
        .find(Filters.exists("backfilledAt"))
        .projection(Projections.include("_id"))
        .forEach(d -> done.add(d.getString("_id")));
    List<String> pending = new ArrayList<>();
    learnerStates
        .find()
        .projection(Projections.include("_id"))
        .forEach(
            d -> {
              String key = d.getString("_id");
              if (!done.contains(key)) {
                pending.add(key);
              }
            });
    return pending;
  }

  @Override
  public void backfilled(String learnerKey, Instant at) {
    milestones.updateOne(
        Filters.eq("_id", learnerKey), Updates.set("backfilledAt", Date.from(at)), UPSERT);
  }
}
