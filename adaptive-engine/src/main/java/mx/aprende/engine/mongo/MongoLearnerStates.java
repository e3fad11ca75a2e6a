package mx.aprende.engine.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import mx.aprende.engine.EngineException;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.policy.SkillProgress;
import mx.aprende.engine.store.LearnerStateStore;
import org.bson.Document;

/**
 * Learner states in the {@code learner_states} collection, one document per learner ({@code _id} =
 * learner id). Updates are optimistic: read the document and its {@code version}, apply the pure
 * change, and replace only if the version is unchanged (a single-document atomic operation);
 * otherwise re-read and retry. Skills are stored as an array, since skill ids may contain dots.
 */
public final class MongoLearnerStates implements LearnerStateStore {

  private static final int MAX_RETRIES = 100;

  private final MongoCollection<Document> states;

  /** Opens the store in {@code database}. */
  public MongoLearnerStates(MongoDatabase database) {
    this.states = database.getCollection("learner_states");
  }

  @Override
  public LearnerState load(String learnerId) {
    Document d = states.find(Filters.eq("_id", learnerId)).first();
    return d == null ? LearnerState.fresh(learnerId) : decode(d);
  }

  @Override
  public LearnerState update(String learnerId, UnaryOperator<LearnerState> change) {
    for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
      Document current = states.find(Filters.eq("_id", learnerId)).first();
      if (current == null) {
        LearnerState next = change.apply(LearnerState.fresh(learnerId));
        try {
          states.insertOne(encode(next, 1L));
          return next;
        } catch (MongoWriteException e) {
          if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
            throw new EngineException("cannot store learner state", e);
          }
          continue; // another writer created it first: start again from its version
        }
      }
      long version = current.getLong("version");
      LearnerState next = change.apply(decode(current));
      long matched =
          states
              .replaceOne(
                  Filters.and(Filters.eq("_id", learnerId), Filters.eq("version", version)),
                  encode(next, version + 1))
              .getMatchedCount();
      if (matched == 1) {
        return next;
      }
    }
    throw new EngineException("learner state kept changing under " + MAX_RETRIES + " retries");
  }

  private static Document encode(LearnerState s, long version) {
    List<Document> skills = new ArrayList<>();
    s.skills()
        .forEach(
            (id, p) ->
                skills.add(
                    new Document("id", id)
                        .append("introduced", p.introduced())
                        .append("placed", p.placed())
                        .append("attempts", p.attempts())
                        .append("lastPractice", p.lastPractice().map(Date::from).orElse(null))
                        .append("reviewStreak", p.reviewStreak())));
    Document d =
        new Document("_id", s.learnerId())
            .append("version", version)
            .append("skills", skills)
            .append("recentItems", s.recentItems())
            .append("seenItems", new ArrayList<>(s.seenItems()));
    s.lastSkill().ifPresent(last -> d.append("lastSkill", last));
    return d;
  }

  private static LearnerState decode(Document d) {
    Map<String, SkillProgress> skills = new HashMap<>();
    for (Document s : d.getList("skills", Document.class)) {
      skills.put(
          s.getString("id"),
          new SkillProgress(
              s.getBoolean("introduced"),
              s.getBoolean("placed"),
              s.getInteger("attempts"),
              Optional.ofNullable(s.getDate("lastPractice")).map(Date::toInstant),
              s.getInteger("reviewStreak")));
    }
    return new LearnerState(
        d.getString("_id"),
        skills,
        d.getList("recentItems", String.class),
        new HashSet<>(d.getList("seenItems", String.class)),
        Optional.ofNullable(d.getString("lastSkill")));
  }
}
