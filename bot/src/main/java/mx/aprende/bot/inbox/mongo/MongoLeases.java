package mx.aprende.bot.inbox.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Date;
import mx.aprende.bot.inbox.InboxUnavailableException;
import mx.aprende.bot.inbox.Leases;
import org.bson.Document;

/**
 * Leases in the {@code leases} collection, one document per key. Acquiring is one conditional
 * upsert: "ours, or expired" matches and is overwritten; a live lease of another owner does not
 * match, so the upsert collides with its {@code _id} and fails with a duplicate key — that failure
 * is the "taken" answer, atomic without transactions.
 */
public final class MongoLeases implements Leases {

  static final String COLLECTION = "leases";

  private final MongoCollection<Document> leases;
  private final String owner;
  private final InstantSource clock;

  public MongoLeases(MongoDatabase database, String owner, InstantSource clock) {
    this.leases = database.getCollection(COLLECTION);
    this.owner = owner;
    this.clock = clock;
  }

  @Override
  public boolean acquire(String key, Duration ttl) {
    var now = clock.instant();
    try {
      leases.updateOne(
          Filters.and(
              Filters.eq("_id", key),
              Filters.or(Filters.eq("owner", owner), Filters.lte("expiresAt", Date.from(now)))),
          Updates.combine(
              Updates.set("owner", owner), Updates.set("expiresAt", Date.from(now.plus(ttl)))),
          new UpdateOptions().upsert(true));
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw unavailable(e);
    } catch (MongoException e) {
      throw unavailable(e);
    }
  }

  @Override
  public boolean renew(String key, Duration ttl) {
    return leases
            .updateOne(
                Filters.and(Filters.eq("_id", key), Filters.eq("owner", owner)),
                Updates.set("expiresAt", Date.from(clock.instant().plus(ttl))))
            .getMatchedCount()
        > 0;
  }

  @Override
  public void release(String key) {
    leases.deleteOne(Filters.and(Filters.eq("_id", key), Filters.eq("owner", owner)));
  }

  @Override
  public String owner() {
    return owner;
  }

  private static InboxUnavailableException unavailable(MongoException e) {
    return new InboxUnavailableException("MongoDB did not answer the lease request", e);
  }
}
