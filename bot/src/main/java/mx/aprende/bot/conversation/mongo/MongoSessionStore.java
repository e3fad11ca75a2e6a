package mx.aprende.bot.conversation.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.SessionStore;
import org.bson.Document;

/**
 * Sessions in the {@code sessions} collection, one document per learner, replaced whole (the
 * conversation of one learner runs in order, so there is no concurrent writer to merge with).
 */
public final class MongoSessionStore implements SessionStore {

  static final String COLLECTION = "sessions";

  private final MongoCollection<Document> sessions;

  public MongoSessionStore(MongoDatabase database) {
    this.sessions = database.getCollection(COLLECTION);
  }

  @Override
  public Optional<Session> find(String learnerKey) {
    return Optional.ofNullable(sessions.find(Filters.eq("_id", learnerKey)).first())
        .map(doc -> SessionDocuments.session(learnerKey, doc));
  }

  @Override
  public void save(Session session) {
    sessions.replaceOne(
        Filters.eq("_id", session.learnerKey()),
        SessionDocuments.document(session),
        new ReplaceOptions().upsert(true));
  }
}
