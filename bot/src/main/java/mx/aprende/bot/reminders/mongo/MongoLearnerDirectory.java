package mx.aprende.bot.reminders.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.reminders.LearnerDirectory;
import mx.aprende.bot.reminders.LearnerFacts;
import org.bson.Document;

/**
 * Learners as the conversation stores them in the {@code sessions} collection: {@code _id} (the
 * learner key), {@code firstSeen}, {@code lastSeen}, {@code optedOut}, and when present {@code
 * state} (a {@link MexicanState} name or INEGI code), {@code name} and {@code topic}. Read only;
 * the conversation owns the documents. The {@code lastSeen} index serves the nudge query.
 */
public final class MongoLearnerDirectory implements LearnerDirectory {

  private final MongoCollection<Document> sessions;

  public MongoLearnerDirectory(MongoDatabase database) {
    this.sessions = database.getCollection("sessions");
    sessions.createIndex(Indexes.ascending("lastSeen"));
  }

  @Override
  public Optional<LearnerFacts> find(String learnerKey) {
    return Optional.ofNullable(sessions.find(Filters.eq("_id", learnerKey)).first())
        .flatMap(MongoLearnerDirectory::decode);
  }

  @Override
  public List<LearnerFacts> silentBetween(Instant from, Instant to) {
    List<LearnerFacts> learners = new ArrayList<>();
    sessions
        .find(
            Filters.and(
                Filters.gte("lastSeen", Date.from(from)),
                Filters.lt("lastSeen", Date.from(to)),
                Filters.ne("optedOut", true)))
        .forEach(d -> decode(d).ifPresent(learners::add));
    return learners;
  }

  private static Optional<LearnerFacts> decode(Document d) {
    Date lastSeen = d.getDate("lastSeen");
    if (lastSeen == null || !(d.get("_id") instanceof String key)) {
      return Optional.empty();
    }
    return Optional.of(
        new LearnerFacts(
            key,
            lastSeen.toInstant(),
            Boolean.TRUE.equals(d.getBoolean("optedOut")),
            state(profile(d, "state")),
            text(profile(d, "name")),
            text(d.get("topic")),
            Optional.ofNullable(d.getDate("firstSeen"))
                .map(Date::toInstant)
                .orElse(lastSeen.toInstant())));
  }

  /**
   * The conversation keeps what the learner told us under {@code profile} (after consent only);
   * older documents had it at the top level.
   */
  private static Object profile(Document d, String field) {
    return d.get("profile") instanceof Document profile && profile.containsKey(field)
        ? profile.get(field)
        : d.get(field);
  }

  private static Optional<MexicanState> state(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      return Optional.empty();
    }
    for (MexicanState state : MexicanState.values()) {
      if (state.name().equals(text)) {
        return Optional.of(state);
      }
    }
    return MexicanState.byCode(text);
  }

  private static Optional<String> text(Object value) {
    return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
  }
}
