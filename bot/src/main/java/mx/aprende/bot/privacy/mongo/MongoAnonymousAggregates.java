package mx.aprende.bot.privacy.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import mx.aprende.bot.privacy.AnonymousAggregates;
import mx.aprende.bot.privacy.ModuleTally;
import org.bson.Document;

/**
 * Anonymous counters in the {@code anonymous_aggregates} collection, one document per module
 * ({@code _id} = module id): {@code learners}, {@code attempts}, {@code correct}, {@code
 * masteredSkills}. Each tally is one atomic {@code $inc} upsert; nothing identifies a learner.
 */
public final class MongoAnonymousAggregates implements AnonymousAggregates {

  /** The collection's name. */
  public static final String COLLECTION = "anonymous_aggregates";

  private final MongoCollection<Document> counters;

  public MongoAnonymousAggregates(MongoDatabase database) {
    this.counters = database.getCollection(COLLECTION);
  }

  @Override
  public void add(List<ModuleTally> tallies) {
    for (ModuleTally tally : tallies) {
      counters.updateOne(
          Filters.eq("_id", tally.moduleId()),
          Updates.combine(
              Updates.inc("learners", 1L),
              Updates.inc("attempts", tally.attempts()),
              Updates.inc("correct", tally.correct()),
              Updates.inc("masteredSkills", tally.masteredSkills())),
          new UpdateOptions().upsert(true));
    }
  }
}
