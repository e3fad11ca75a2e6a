package mx.aprende.bot.outbox.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.outbox.Outbox;
import mx.aprende.bot.outbox.OutboxItem;
import mx.aprende.bot.outbox.OutboxState;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import org.bson.Document;

/**
 * The outbox in the {@code outbox} collection, one document per message with the deterministic item
 * id as {@code _id}: the primary key makes a re-run turn's enqueue a no-op. Every change is a
 * single-document update (the embedded server has no transactions). The recipient and the rendered
 * payload (which may greet the learner by name) are sealed with {@code cipher}.
 */
public final class MongoOutbox implements Outbox {

  static final String COLLECTION = "outbox";

  /** One document per learner whose window is closed: looked up by {@code _id} on every turn. */
  static final String CLOSED_WINDOWS = "closed_windows";

  /**
   * How long a learner's window is taken as open after this instance last reopened it without
   * asking the database again. Windows close only 24 hours after the learner's last message, and a
   * close recorded by this instance forgets the entry at once; a close recorded by a peer within
   * this time (a late 131047 receipt racing the learner's new message) is dropped at the next
   * reopen after it.
   */
  static final Duration KNOWN_OPEN = Duration.ofMinutes(10);

  private final MongoCollection<Document> outbox;
  private final MongoCollection<Document> closedWindows;
  private final FieldCipher cipher;
  private final Cache<String, Boolean> knownOpen =
      Caffeine.newBuilder().expireAfterWrite(KNOWN_OPEN).maximumSize(1_000_000).build();

  public MongoOutbox(MongoDatabase database, FieldCipher cipher) {
    this.cipher = cipher;
    this.outbox = database.getCollection(COLLECTION);
    this.closedWindows = database.getCollection(CLOSED_WINDOWS);
    // Non-unique indexes only speed up scans (the embedded server may ignore them).
    outbox.createIndex(Indexes.ascending("state", "sequence"));
    outbox.createIndex(Indexes.ascending("learner", "state"));
    outbox.createIndex(Indexes.ascending("source"));
    outbox.createIndex(Indexes.ascending("channelMessageId"));
  }

  @Override
  public int enqueue(List<OutboxItem> items) {
    if (items.isEmpty()) {
      return 0;
    }
    List<Document> docs = items.stream().map(this::document).toList();
    try {
      return outbox
          .insertMany(docs, new InsertManyOptions().ordered(false))
          .getInsertedIds()
          .size();
    } catch (MongoBulkWriteException e) {
      boolean onlyDuplicates =
          e.getWriteErrors().stream()
              .allMatch(
                  w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
      if (!onlyDuplicates) {
        throw e;
      }
      return docs.size() - e.getWriteErrors().size();
    }
  }

  @Override
  public boolean answered(String sourceMessageId) {
    // By primary key: every answer has an item #0 (the embedded server scans for anything else).
    return outbox.find(Filters.eq("_id", OutboxItem.idFor(sourceMessageId, 0))).first() != null;
  }

  @Override
  public List<Stored> unsent(int limit) {
    List<Stored> stored = new ArrayList<>();
    outbox
        .find(Filters.in("state", OutboxState.PENDING.name(), OutboxState.SENDING.name()))
        .sort(Sorts.ascending("sequence"))
        .limit(limit)
        .forEach(doc -> stored.add(stored(doc)));
    return stored;
  }

  @Override
  public void sending(String id, Instant at) {
    outbox.updateOne(
        Filters.eq("_id", id),
        Updates.combine(
            Updates.set("state", OutboxState.SENDING.name()),
            Updates.set("attemptAt", Date.from(at))));
  }

  @Override
  public void sent(String id, String channelMessageId, Instant at) {
    outbox.updateOne(
        Filters.eq("_id", id),
        Updates.combine(
            Updates.set("state", OutboxState.SENT.name()),
            Updates.set("channelMessageId", channelMessageId),
            Updates.set("sentAt", Date.from(at)),
            Updates.inc("attempts", 1)));
  }

  @Override
  public void retryLater(String id, int attempts, Instant notBefore, String reason) {
    outbox.updateOne(
        Filters.eq("_id", id),
        Updates.combine(
            Updates.set("state", OutboxState.PENDING.name()),
            Updates.set("attempts", attempts),
            Updates.set("notBefore", Date.from(notBefore)),
            Updates.set("lastError", reason)));
  }

  @Override
  public void finish(OutboxItem item, OutboxState state, String reason, Instant at) {
    if (state == OutboxState.WINDOW_CLOSED) {
      closeWindow(item.learnerKey(), at);
    }
    outbox.updateOne(
        Filters.eq("_id", item.id()),
        Updates.combine(
            Updates.set("state", state.name()),
            Updates.set("reason", reason),
            Updates.set("finishedAt", Date.from(at))));
  }

  @Override
  public boolean windowClosedAfterSend(String channelMessageId, Instant at) {
    Document doc =
        outbox.findOneAndUpdate(
            Filters.and(
                Filters.eq("channelMessageId", channelMessageId),
                Filters.eq("state", OutboxState.SENT.name())),
            Updates.combine(
                Updates.set("state", OutboxState.WINDOW_CLOSED.name()),
                Updates.set("reason", "131047 in a delivery receipt"),
                Updates.set("finishedAt", Date.from(at))));
    if (doc == null) {
      return false;
    }
    closeWindow(doc.getString("learner"), at);
    return true;
  }

  @Override
  public boolean windowClosed(String learnerKey) {
    return closedWindows.find(Filters.eq("_id", learnerKey)).first() != null;
  }

  private void closeWindow(String learnerKey, Instant at) {
    knownOpen.invalidate(learnerKey);
    closedWindows.updateOne(
        Filters.eq("_id", learnerKey),
        Updates.setOnInsert("since", Date.from(at)),
        new com.mongodb.client.model.UpdateOptions().upsert(true));
  }

  @Override
  public List<OutboxItem> awaitingTemplate(String learnerKey) {
    List<OutboxItem> items = new ArrayList<>();
    outbox
        .find(
            Filters.and(
                Filters.eq("learner", learnerKey),
                Filters.eq("state", OutboxState.WINDOW_CLOSED.name())))
        .sort(Sorts.ascending("sequence"))
        .forEach(doc -> items.add(item(doc)));
    return items;
  }

  @Override
  public int reopenWindow(String learnerKey, Instant at) {
    if (knownOpen.getIfPresent(learnerKey) != null) {
      return 0; // a learner writing again within minutes: nothing can have closed since
    }
    if (closedWindows.deleteOne(Filters.eq("_id", learnerKey)).getDeletedCount() == 0) {
      knownOpen.put(learnerKey, Boolean.TRUE);
      return 0; // the common case, answered by primary key
    }
    knownOpen.put(learnerKey, Boolean.TRUE);
    return (int)
        outbox
            .updateMany(
                Filters.and(
                    Filters.eq("learner", learnerKey),
                    Filters.eq("state", OutboxState.WINDOW_CLOSED.name())),
                Updates.combine(
                    Updates.set("state", OutboxState.DROPPED.name()),
                    Updates.set("reason", "superseded: the learner wrote again"),
                    Updates.set("finishedAt", Date.from(at))))
            .getModifiedCount();
  }

  @Override
  public Optional<Stored> find(String id) {
    return Optional.ofNullable(outbox.find(Filters.eq("_id", id)).first()).map(this::stored);
  }

  private Document document(OutboxItem item) {
    return new Document("_id", item.id())
        .append("source", item.sourceMessageId())
        .append("learner", item.learnerKey())
        .append("to", cipher.encrypt(item.recipient()))
        .append("sequence", item.sequence())
        .append("type", item.type())
        .append("payload", cipher.encrypt(item.payload()))
        .append("state", OutboxState.PENDING.name())
        .append("attempts", 0);
  }

  private OutboxItem item(Document doc) {
    return new OutboxItem(
        doc.getString("_id"),
        doc.getString("learner"),
        cipher.decrypt(doc.getString("to")),
        doc.get("sequence", Number.class).longValue(),
        doc.getString("type"),
        cipher.decrypt(doc.getString("payload")));
  }

  private Stored stored(Document doc) {
    return new Stored(
        item(doc),
        OutboxState.valueOf(doc.getString("state")),
        doc.get("attempts", Number.class).intValue());
  }
}
