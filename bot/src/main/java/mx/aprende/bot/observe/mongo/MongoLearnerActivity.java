package mx.aprende.bot.observe.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.Date;
import mx.aprende.bot.observe.LearnerActivity;
import org.bson.Document;

/**
 * Counts sessions by {@code lastSeen}, the time of the learner's last message, which the
 * conversation's session store keeps in the {@code sessions} collection.
 */
public final class MongoLearnerActivity implements LearnerActivity {

  /** The conversation feature's session collection (read only here). */
  static final String SESSIONS = "sessions";

  private final MongoCollection<Document> sessions;

  public MongoLearnerActivity(MongoDatabase database) {
    this.sessions = database.getCollection(SESSIONS);
    // Without it each sample scans every session; with it, only the recent ones.
    sessions.createIndex(Indexes.descending("lastSeen"));
  }

  @Override
  public long activeSince(Instant since) {
    return sessions.countDocuments(Filters.gte("lastSeen", Date.from(since)));
  }
}
