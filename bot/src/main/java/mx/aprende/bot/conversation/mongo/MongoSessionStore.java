package mx.aprende.bot.conversation.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Date;
import java.util.Optional;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.SessionStore;
import org.bson.Document;

/** Sessions in the {@code sessions} collection, one document per learner, replaced whole. */
public final class MongoSessionStore implements SessionStore {

  static final String COLLECTION = "sessions";

  private final MongoCollection<Document> sessions;

  public MongoSessionStore(MongoDatabase database) {
    this.sessions = database.getCollection(COLLECTION);
  }

  @Override
  public Optional<Session> find(String learnerKey) {
    Document doc = sessions.find(Filters.eq("_id", learnerKey)).first();
    if (doc == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Session(
            learnerKey,
            doc.getDate("firstSeen").toInstant(),
            doc.getDate("lastSeen").toInstant(),
            doc.get("turns", Number.class).longValue(),
            Boolean.TRUE.equals(doc.getBoolean("optedOut"))));
  }

  @Override
  public void save(Session session) {
    sessions.replaceOne(
        Filters.eq("_id", session.learnerKey()),
        new Document("_id", session.learnerKey())
            .append("firstSeen", Date.from(session.firstSeen()))
            .append("lastSeen", Date.from(session.lastSeen()))
            .append("turns", session.turns())
            .append("optedOut", session.optedOut()),
        new ReplaceOptions().upsert(true));
  }
}
