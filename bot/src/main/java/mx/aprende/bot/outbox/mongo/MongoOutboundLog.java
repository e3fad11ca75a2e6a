package mx.aprende.bot.outbox.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.outbox.Delivery;
import mx.aprende.bot.outbox.OutboundLog;
import mx.aprende.bot.outbox.SentMessage;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Sent messages in the {@code outbound} collection keyed by the channel's message id. Receipts are
 * applied with one conditional upsert ("only if the stored rank is lower"), so repeats and
 * out-of-order receipts are harmless without transactions.
 */
public final class MongoOutboundLog implements OutboundLog {

  static final String COLLECTION = "outbound";

  private final MongoCollection<Document> outbound;

  public MongoOutboundLog(MongoDatabase database) {
    this.outbound = database.getCollection(COLLECTION);
  }

  @Override
  public void recordSent(SentMessage message) {
    // Upsert: a fast receipt may have created the document already; keep its (higher) state.
    outbound.updateOne(
        Filters.eq("_id", message.messageId()),
        Updates.combine(
            Updates.set("learner", message.learnerKey()),
            Updates.set("type", message.type()),
            Updates.set("sentAt", Date.from(message.sentAt())),
            Updates.setOnInsert("state", Delivery.ACCEPTED.name()),
            Updates.setOnInsert("rank", Delivery.ACCEPTED.rank())),
        new UpdateOptions().upsert(true));
  }

  @Override
  public Change applyReceipt(
      String messageId, Delivery delivery, Instant at, List<Integer> errorCodes) {
    Bson lower =
        Filters.and(
            Filters.eq("_id", messageId),
            Filters.or(Filters.lt("rank", delivery.rank()), Filters.exists("rank", false)));
    Bson update =
        Updates.combine(
            Updates.set("state", delivery.name()),
            Updates.set("rank", delivery.rank()),
            Updates.set("stateAt", Date.from(at)),
            errorCodes.isEmpty() ? Updates.unset("errors") : Updates.set("errors", errorCodes));
    try {
      UpdateResult result = outbound.updateOne(lower, update, new UpdateOptions().upsert(true));
      return result.getModifiedCount() > 0 || result.getUpsertedId() != null
          ? Change.APPLIED
          : Change.STALE;
    } catch (MongoWriteException e) {
      // The document exists with an equal or higher rank, so the filter missed and the upsert
      // collided with it: exactly the "stale receipt" case.
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return Change.STALE;
      }
      throw e;
    }
  }

  @Override
  public Optional<Delivery> delivery(String messageId) {
    return Optional.ofNullable(outbound.find(Filters.eq("_id", messageId)).first())
        .map(doc -> Delivery.valueOf(doc.getString("state")));
  }
}
