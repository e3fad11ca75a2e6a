package mx.aprende.bot.conversation.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.SessionStore;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import org.bson.Document;

/**
 * Sessions in the {@code sessions} collection, one document per learner, replaced whole (the
 * conversation of one learner runs in order, so there is no concurrent writer to merge with). The
 * learner's name and the last turn's replies are sealed with {@code cipher}.
 */
public final class MongoSessionStore implements SessionStore {

  static final String COLLECTION = "sessions";

  /**
   * The last turn's message id and its replies (sealed: they may name the learner). The transcript
   * retention removes it from sessions silent for longer than it keeps transcripts.
   */
  public static final String LAST_TURN = "lastTurn";

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
    replace(session, SessionDocuments.document(session, cipher));
  }

  @Override
  public void save(Session session, AnsweredTurn turn) {
    Document doc = SessionDocuments.document(session, cipher);
    doc.append(
        LAST_TURN,
        new Document("id", turn.messageId())
            .append("replies", cipher.encrypt(ReplyDocuments.json(turn.replies()))));
    replace(session, doc);
  }

  @Override
  public Loaded load(String learnerKey, String messageId) {
    Document doc = sessions.find(Filters.eq("_id", learnerKey)).first();
    if (doc == null) {
      return new Loaded(Optional.empty(), Optional.empty());
    }
    Session session = SessionDocuments.session(learnerKey, doc, cipher);
    Document last = doc.get(LAST_TURN, Document.class);
    // Opened only on a re-run: every other turn just compares the id.
    Optional<List<Reply>> answered =
        last != null && messageId.equals(last.getString("id"))
            ? Optional.of(ReplyDocuments.replies(cipher.decrypt(last.getString("replies"))))
            : Optional.empty();
    return new Loaded(Optional.of(session), answered);
  }

  private void replace(Session session, Document doc) {
    sessions.replaceOne(
        Filters.eq("_id", session.learnerKey()), doc, new ReplaceOptions().upsert(true));
  }
}
