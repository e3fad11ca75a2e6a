package mx.aprende.bot.privacy.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import mx.aprende.bot.privacy.InactiveLearners;
import org.bson.Document;

/** Learners by the {@code lastSeen} date of their session in {@code sessions}. */
public final class MongoInactiveLearners implements InactiveLearners {

  private final MongoCollection<Document> sessions;

  public MongoInactiveLearners(MongoDatabase database) {
    this.sessions = database.getCollection("sessions");
  }

  @Override
  public List<String> silentSince(Instant cutoff, int limit) {
    List<String> keys = new ArrayList<>();
    sessions
        .find(Filters.lt("lastSeen", Date.from(cutoff)))
        .projection(Projections.include("_id"))
        .limit(limit)
        .forEach(d -> keys.add(d.get("_id").toString()));
    return keys;
  }
}
