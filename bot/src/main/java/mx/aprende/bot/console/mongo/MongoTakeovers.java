package mx.aprende.bot.console.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import mx.aprende.bot.console.learners.Takeovers;
import org.bson.Document;

/**
 * Takeovers in {@code takeovers}, one document per learner held by a person. Read on every learner
 * turn, so it is one lookup by id.
 */
public final class MongoTakeovers implements Takeovers {

  private final MongoCollection<Document> takeovers;

  public MongoTakeovers(MongoDatabase database) {
    this.takeovers = database.getCollection("takeovers");
  }

  @Override
  public Optional<String> holder(String learnerKey) {
    return Optional.ofNullable(takeovers.find(Filters.eq("_id", learnerKey)).first())
        .map(d -> d.getString("by"));
  }

  @Override
  public void take(String learnerKey, String by, Instant at) {
    takeovers.replaceOne(
        Filters.eq("_id", learnerKey),
        new Document("_id", learnerKey).append("by", by).append("at", Date.from(at)),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public void handBack(String learnerKey) {
    takeovers.deleteOne(Filters.eq("_id", learnerKey));
  }
}
