package mx.aprende.bot.tutor.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import mx.aprende.bot.tutor.TokenBudget;
import org.bson.Document;

/**
 * One counter document per learner per day in {@code tutor_budget} ({@code _id} = learner key +
 * day), incremented atomically. Days are Mexico City days; old documents are harmless and small.
 */
public final class MongoTokenBudget implements TokenBudget {

  static final String COLLECTION = "tutor_budget";
  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

  private final MongoCollection<Document> counters;
  private final long dailyTokens;
  private final InstantSource clock;

  public MongoTokenBudget(MongoDatabase database, long dailyTokens, InstantSource clock) {
    this.counters = database.getCollection(COLLECTION);
    this.dailyTokens = dailyTokens;
    this.clock = clock;
  }

  @Override
  public boolean allows(String learnerKey) {
    Document doc = counters.find(Filters.eq("_id", id(learnerKey))).first();
    long spent = doc == null ? 0 : doc.get("tokens", Number.class).longValue();
    return spent < dailyTokens;
  }

  @Override
  public void spend(String learnerKey, long tokens) {
    counters.updateOne(
        Filters.eq("_id", id(learnerKey)),
        Updates.combine(
            Updates.inc("tokens", tokens),
            Updates.setOnInsert("learnerKey", learnerKey),
            Updates.setOnInsert("day", today().toString())),
        new UpdateOptions().upsert(true));
  }

  private String id(String learnerKey) {
    return learnerKey + "|" + today();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), MEXICO);
  }
}
