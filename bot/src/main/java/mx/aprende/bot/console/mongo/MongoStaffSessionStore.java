package mx.aprende.bot.console.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import mx.aprende.bot.console.access.StaffSessionStore;
import org.bson.Document;

/** Staff sessions in {@code staff_sessions}, keyed by the token's hash. */
public final class MongoStaffSessionStore implements StaffSessionStore {

  private final MongoCollection<Document> sessions;

  public MongoStaffSessionStore(MongoDatabase database) {
    this.sessions = database.getCollection("staff_sessions");
  }

  @Override
  public void save(StoredSession s) {
    sessions.insertOne(
        new Document("_id", s.tokenHash())
            .append("user", s.username())
            .append("csrf", s.csrfToken())
            .append("createdAt", Date.from(s.createdAt()))
            .append("lastSeen", Date.from(s.lastSeen())));
  }

  @Override
  public Optional<StoredSession> find(String tokenHash) {
    return Optional.ofNullable(sessions.find(Filters.eq("_id", tokenHash)).first())
        .map(
            d ->
                new StoredSession(
                    tokenHash,
                    d.getString("user"),
                    d.getString("csrf"),
                    d.getDate("createdAt").toInstant(),
                    d.getDate("lastSeen").toInstant()));
  }

  @Override
  public void touch(String tokenHash, Instant at) {
    sessions.updateOne(Filters.eq("_id", tokenHash), Updates.set("lastSeen", Date.from(at)));
  }

  @Override
  public void delete(String tokenHash) {
    sessions.deleteOne(Filters.eq("_id", tokenHash));
  }

  @Override
  public void deleteAllOf(String username) {
    sessions.deleteMany(Filters.eq("user", username));
  }

  @Override
  public long deleteExpired(Instant idleBefore, Instant createdBefore) {
    return sessions
        .deleteMany(
            Filters.or(
                Filters.lt("lastSeen", Date.from(idleBefore)),
                Filters.lt("createdAt", Date.from(createdBefore))))
        .getDeletedCount();
  }
}
