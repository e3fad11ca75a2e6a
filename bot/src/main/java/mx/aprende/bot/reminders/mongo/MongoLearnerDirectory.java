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
import java.util.logging.Logger;
import mx.aprende.bot.privacy.crypto.DataProtectionException;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.reminders.LearnerDirectory;
import mx.aprende.bot.reminders.LearnerFacts;
import org.bson.Document;

/**
 * Learners as the conversation stores them in the {@code sessions} collection: {@code _id} (the
 * learner key), {@code firstSeen}, {@code lastSeen}, {@code optedOut}, and when present {@code
 * state} (a {@link MexicanState} name or INEGI code), {@code name} and {@code topic}. Read only;
 * the conversation owns the documents. The name is stored sealed and opened here with the cipher.
 * The {@code lastSeen} index serves the nudge query.
 */
public final class MongoLearnerDirectory implements LearnerDirectory {

  private static final Logger LOG = Logger.getLogger(MongoLearnerDirectory.class.getName());

  private final MongoCollection<Document> sessions;
  private final FieldCipher cipher;

  public MongoLearnerDirectory(MongoDatabase database, FieldCipher cipher) {
    this.sessions = database.getCollection("sessions");
    this.cipher = cipher;
    sessions.createIndex(Indexes.ascending("lastSeen"));
  }

  @Override
  public Optional<LearnerFacts> find(String learnerKey) {
    return Optional.ofNullable(sessions.find(Filters.eq("_id", learnerKey)).first())
        .flatMap(this::decode);
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

  private Optional<LearnerFacts> decode(Document d) {
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
            text(profile(d, "name")).flatMap(this::name),
            text(d.get("topic")),
            Optional.ofNullable(d.getDate("firstSeen"))
                .map(Date::toInstant)
                .orElse(lastSeen.toInstant())));
  }

  /**
   * The sealed name opened; a name that cannot be opened (stored before encryption, or under a key
   * no longer configured) is left out rather than stopping the reminders of everyone else.
   */
  private Optional<String> name(String sealed) {
    try {
      return Optional.of(cipher.decrypt(sealed));
    } catch (DataProtectionException e) {
      LOG.warning("A learner's stored name cannot be opened: " + e.getMessage());
      return Optional.empty();
    }
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
