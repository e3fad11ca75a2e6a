package mx.aprende.bot.conversation.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.SessionStore;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import org.bson.Document;

/**
 * Sessions in the {@code sessions} collection, one document per learner, replaced whole (the
 * conversation of one learner runs in order, so there is no concurrent writer to merge with). The
 * learner's name is sealed with {@code cipher}.
 */
public final class MongoSessionStore implements SessionStore {

  static final String COLLECTION = "sessions";

  private final MongoCollection<Document> sessions;
  private final FieldCipher cipher;

  public MongoSessionStore(MongoDatabase database, FieldCipher cipher) {
    this.sessions = database.getCollection(COLLECTION);
    this.cipher = cipher;
  }

  @Override
  public Optional<Session> find(String learnerKey) {
    return Optional.ofNullable(sessions.find(Filters.eq("_id", learnerKey)).first())
        .map(doc -> SessionDocuments.session(learnerKey, doc, cipher));
  }

  @Override
  public void save(Session session) {
    sessions.replaceOne(
        Filters.eq("_id", session.learnerKey()),
        SessionDocuments.document(session, cipher),
        new ReplaceOptions().upsert(true));
  }
}
