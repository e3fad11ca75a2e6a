package mx.aprende.bot.tutor.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.InstantSource;
import java.util.Date;
import mx.aprende.bot.tutor.RiskAlerts;
import mx.aprende.bot.tutor.RiskDetector;
import org.bson.Document;

/**
 * Urgent flags in the {@code flags} collection, one document per alert: {@code {learnerKey, reason:
 * "risk", severity: "urgent", status: "open", at}}. The tutors' console lists and closes them; the
 * kind of risk is deliberately not stored, a human reads the conversation.
 */
public final class MongoRiskAlerts implements RiskAlerts {

  static final String COLLECTION = "flags";

  private final MongoCollection<Document> flags;
  private final InstantSource clock;

  public MongoRiskAlerts(MongoDatabase database, InstantSource clock) {
    this.flags = database.getCollection(COLLECTION);
    this.clock = clock;
  }

  @Override
  public void raise(String learnerKey, RiskDetector.Kind kind) {
    flags.insertOne(
        new Document("learnerKey", learnerKey)
            .append("reason", "risk")
            .append("severity", "urgent")
            .append("status", "open")
            .append("at", Date.from(clock.instant())));
  }
}
