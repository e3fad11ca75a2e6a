package mx.aprende.bot.inbox.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import mx.aprende.bot.inbox.InboundRecord;
import mx.aprende.bot.inbox.Inbox;
import mx.aprende.bot.inbox.InboxUnavailableException;
import mx.aprende.bot.privacy.crypto.DataProtectionException;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import org.bson.Document;

/**
 * Inbound messages in the {@code inbound} collection, one document per message with the message id
 * as {@code _id}: the primary key is the deduplication, so a retried webhook cannot insert twice
 * even when two bot instances receive it at once. {@code learner} is the pseudonymous learner key;
 * the raw message, phone, user id and profile name are sealed with {@code cipher}.
 */
public final class MongoInbox implements Inbox {

  static final String COLLECTION = "inbound";
  private static final String PENDING = "pending";
  private static final String DONE = "done";

  private static final Logger LOG = Logger.getLogger(MongoInbox.class.getName());

  private final MongoCollection<Document> inbound;
  private final FieldCipher cipher;

  public MongoInbox(MongoDatabase database, FieldCipher cipher) {
    this.inbound = database.getCollection(COLLECTION);
    this.cipher = cipher;
    // Non-unique index: only speeds up the start-up scan (the embedded server may ignore it).
    inbound.createIndex(Indexes.ascending("state", "sentAt"));
    // For pendingBefore on a shared MongoDB; the embedded server ignores it and scans.
    inbound.createIndex(Indexes.ascending("learner", "state", "sentAt"));
  }

  @Override
  public Acceptance accept(InboundRecord record) {
    try {
      inbound.insertOne(document(record));
      return Acceptance.ACCEPTED;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return Acceptance.DUPLICATE;
      }
      throw unavailable(e);
    } catch (MongoException e) {
      throw unavailable(e);
    }
  }

  @Override
  public List<Acceptance> acceptAll(List<InboundRecord> records) {
    if (records.isEmpty()) {
      return List.of();
    }
    List<Acceptance> results =
        new ArrayList<>(Collections.nCopies(records.size(), Acceptance.ACCEPTED));
    try {
      // Unordered: a duplicate id fails alone and the rest of the batch is still inserted.
      inbound.insertMany(
          records.stream().map(this::document).toList(), new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw unavailable(e);
        }
        results.set(error.getIndex(), Acceptance.DUPLICATE);
      }
    } catch (MongoException e) {
      throw unavailable(e);
    }
    return results;
  }

  private Document document(InboundRecord record) {
    Document doc =
        new Document("_id", record.messageId())
            .append("channel", record.channel())
            .append("learner", record.learnerKey())
            .append("sentAt", Date.from(record.sentAt()))
            .append("receivedAt", Date.from(record.receivedAt()))
            .append("business", record.businessNumberId())
            .append("raw", cipher.encrypt(record.rawMessage()))
            .append("state", PENDING)
            .append("attempts", 0);
    record.senderUserId().ifPresent(v -> doc.append("userId", cipher.encrypt(v)));
    record.senderPhone().ifPresent(v -> doc.append("phone", cipher.encrypt(v)));
    record.profileName().ifPresent(v -> doc.append("profileName", cipher.encrypt(v)));
    return doc;
  }

  @Override
  public Optional<InboundRecord> find(String messageId) {
    return Optional.ofNullable(inbound.find(Filters.eq("_id", messageId)).first())
        .map(this::record);
  }

  @Override
  public Optional<InboundRecord> findUnprocessed(String messageId) {
    // By _id alone, state checked here: the embedded server uses an index only when the filter
    // names exactly the indexed fields, so {_id, state} would scan the whole collection.
    return Optional.ofNullable(inbound.find(Filters.eq("_id", messageId)).first())
        .filter(doc -> PENDING.equals(doc.getString("state")))
        .map(this::record);
  }

  @Override
  public void markProcessed(String messageId, Instant at) {
    inbound.updateOne(
        Filters.eq("_id", messageId),
        Updates.combine(Updates.set("state", DONE), Updates.set("processedAt", Date.from(at))));
  }

  @Override
  public void markFailed(String messageId, Instant at, String reason) {
    inbound.updateOne(
        Filters.eq("_id", messageId),
        Updates.combine(
            Updates.inc("attempts", 1),
            Updates.set("lastError", reason),
            Updates.set("lastAttemptAt", Date.from(at))));
  }

  @Override
  public List<InboundRecord> pendingBefore(InboundRecord message, int limit) {
    Date sentAt = Date.from(message.sentAt());
    List<InboundRecord> records = new ArrayList<>();
    inbound
        .find(
            Filters.and(
                Filters.eq("learner", message.learnerKey()),
                Filters.eq("state", PENDING),
                Filters.eq("attempts", 0),
                Filters.or(
                    Filters.lt("sentAt", sentAt),
                    Filters.and(
                        Filters.eq("sentAt", sentAt),
                        Filters.lt("receivedAt", Date.from(message.receivedAt()))))))
        .sort(Sorts.ascending("sentAt", "receivedAt"))
        .limit(limit)
        .forEach(doc -> records.add(record(doc)));
    return records;
  }

  @Override
  public List<InboundRecord> unfinished(int limit) {
    List<InboundRecord> records = new ArrayList<>();
    inbound
        .find(Filters.eq("state", PENDING))
        .sort(Sorts.ascending("sentAt", "receivedAt"))
        .limit(limit)
        .forEach(
            doc -> {
              try {
                records.add(record(doc));
              } catch (DataProtectionException e) {
                // One unreadable record (a key no longer configured) must not stop the start-up.
                LOG.warning("Inbound " + doc.get("_id") + " cannot be opened: " + e.getMessage());
              }
            });
    return records;
  }

  @Override
  public boolean isProcessed(String messageId) {
    Document doc = inbound.find(Filters.eq("_id", messageId)).first();
    return doc != null && DONE.equals(doc.getString("state"));
  }

  @Override
  public long purgeProcessedBefore(Instant cutoff) {
    // Expiry by the application, not a TTL index: the embedded server accepts TTL indexes but
    // never expires anything (STACK.md §6), and one code path for both servers is easier to trust.
    return inbound
        .deleteMany(
            Filters.and(Filters.eq("state", DONE), Filters.lt("processedAt", Date.from(cutoff))))
        .getDeletedCount();
  }

  private InboundRecord record(Document doc) {
    return new InboundRecord(
        doc.getString("_id"),
        doc.getString("channel"),
        doc.getString("learner"),
        doc.getDate("sentAt").toInstant(),
        doc.getDate("receivedAt").toInstant(),
        doc.getString("business"),
        cipher.decrypt(doc.getString("raw")),
        Optional.ofNullable(doc.getString("userId")).map(cipher::decrypt),
        Optional.ofNullable(doc.getString("phone")).map(cipher::decrypt),
        Optional.ofNullable(doc.getString("profileName")).map(cipher::decrypt));
  }

  private static InboxUnavailableException unavailable(MongoException e) {
    return new InboxUnavailableException("MongoDB refused or did not answer the inbound write", e);
  }
}
