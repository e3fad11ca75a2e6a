package mx.aprende.bot.console.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.console.access.LearnerPlace;
import mx.aprende.bot.console.learners.LearnerDirectory;
import mx.aprende.bot.region.MexicanState;
import org.bson.Document;

/**
 * Learner places in {@code learner_places} ({@code {_id: learnerKey, state: "09", center}}); when a
 * learner has none there, a {@code state} field on their session (set by onboarding) is used.
 */
public final class MongoLearnerDirectory implements LearnerDirectory {

  private final MongoCollection<Document> places;
  private final MongoCollection<Document> sessions;

  public MongoLearnerDirectory(MongoDatabase database) {
    this.places = database.getCollection("learner_places");
    this.sessions = database.getCollection("sessions");
  }

  @Override
  public LearnerPlace place(String learnerKey) {
    Document d = places.find(Filters.eq("_id", learnerKey)).first();
    if (d == null) {
      d = sessions.find(Filters.eq("_id", learnerKey)).first();
    }
    if (d == null) {
      return LearnerPlace.UNKNOWN;
    }
    // Sessions keep the state the learner told us under "profile" (after consent only).
    Object state =
        d.get("profile") instanceof Document profile && profile.containsKey("state")
            ? profile.get("state")
            : d.get("state");
    return new LearnerPlace(state(state), Optional.ofNullable(d.getString("center")));
  }

  @Override
  public void assign(String learnerKey, LearnerPlace place) {
    Document d = new Document("_id", learnerKey);
    place.state().ifPresent(s -> d.append("state", s.code()));
    place.center().ifPresent(c -> d.append("center", c));
    places.replaceOne(Filters.eq("_id", learnerKey), d, new ReplaceOptions().upsert(true));
  }

  @Override
  public boolean optedOut(String learnerKey) {
    Document session = sessions.find(Filters.eq("_id", learnerKey)).first();
    return session != null && Boolean.TRUE.equals(session.getBoolean("optedOut"));
  }

  @Override
  public Set<String> known() {
    Set<String> keys = new HashSet<>();
    places.find().projection(new Document("_id", 1)).forEach(d -> keys.add(d.getString("_id")));
    sessions
        .find(Filters.or(Filters.exists("state"), Filters.exists("profile.state")))
        .projection(new Document("_id", 1))
        .forEach(d -> keys.add(d.getString("_id")));
    return keys;
  }

  private static Optional<MexicanState> state(Object stored) {
    if (!(stored instanceof String text)) {
      return Optional.empty();
    }
    return MexicanState.byCode(text)
        .or(
            () -> {
              try {
                return Optional.of(MexicanState.valueOf(text));
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            });
  }
}
