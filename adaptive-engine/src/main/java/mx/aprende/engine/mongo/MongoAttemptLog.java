package mx.aprende.engine.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.store.AttemptLog;
import mx.aprende.engine.store.AttemptRecord;
import org.bson.Document;

/** The attempts log in the {@code attempts} collection, one document per attempt. */
public final class MongoAttemptLog implements AttemptLog {

  private final MongoCollection<Document> attempts;

  /** Opens the log in {@code database}, creating its index if missing. */
  public MongoAttemptLog(MongoDatabase database) {
    this.attempts = database.getCollection("attempts");
    attempts.createIndex(Indexes.ascending("learnerId", "at"));
  }

  @Override
  public boolean append(AttemptRecord a) {
    try {
      attempts.insertOne(document(a));
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  /**
   * The primary key names the attempt (learner, item, time in milliseconds), so the same answer
   * recorded twice is refused by the key both servers enforce; attempts logged before this had
   * generated ids and stay as they are.
   */
  private static Document document(AttemptRecord a) {
    return new Document("_id", a.learnerId() + "|" + a.itemId() + "|" + a.at().toEpochMilli())
        .append("learnerId", a.learnerId())
        .append("itemId", a.itemId())
        .append("skills", a.skills())
        .append("correct", a.correct())
        .append("hintsUsed", a.hintsUsed())
        .append("responseMillis", a.responseTime().toMillis())
        .append("at", Date.from(a.at()));
  }

  @Override
  public List<AttemptRecord> forLearner(String learnerId) {
    List<AttemptRecord> result = new ArrayList<>();
    attempts
        .find(Filters.eq("learnerId", learnerId))
        .sort(Sorts.ascending("at", "_id"))
        .forEach(d -> result.add(decode(d)));
    return result;
  }

  @Override
  public List<LearnerHistory> histories() {
    List<LearnerHistory> result = new ArrayList<>();
    List<Attempt> current = new ArrayList<>();
    String learner = null;
    for (Document d : attempts.find().sort(Sorts.ascending("learnerId", "at", "_id"))) {
      AttemptRecord r = decode(d);
      if (!r.learnerId().equals(learner)) {
        if (learner != null) {
          result.add(new LearnerHistory(learner, current));
        }
        learner = r.learnerId();
        current = new ArrayList<>();
      }
      current.add(r.attempt());
    }
    if (learner != null) {
      result.add(new LearnerHistory(learner, current));
    }
    return result;
  }

  private static AttemptRecord decode(Document d) {
    return new AttemptRecord(
        d.getString("learnerId"),
        d.getString("itemId"),
        d.getList("skills", String.class),
        d.getBoolean("correct"),
        d.getInteger("hintsUsed"),
        Duration.ofMillis(d.getLong("responseMillis")),
        d.getDate("at").toInstant());
  }
}
