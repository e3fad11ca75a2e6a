package mx.aprende.bot.console.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.console.flags.Flag;
import mx.aprende.bot.console.flags.FlagStore;
import mx.aprende.bot.console.flags.Reason;
import mx.aprende.bot.console.flags.Severity;
import mx.aprende.bot.console.flags.Status;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Flags in {@code flags}: {@code {learnerKey, reason, severity, status, at}} as the tutor's risk
 * guard writes them, extended with {@code detail, count, lastAt, assignee, note, resolvedAt}.
 * Documents written by others without the extensions read with defaults.
 */
public final class MongoFlagStore implements FlagStore {

  private final MongoCollection<Document> flags;

  public MongoFlagStore(MongoDatabase database) {
    this.flags = database.getCollection("flags");
  }

  @Override
  public String raise(
      String learnerKey, Reason reason, Severity severity, String detail, Instant at) {
    Document live =
        flags
            .find(
                Filters.and(
                    Filters.eq("learnerKey", learnerKey),
                    Filters.eq("reason", reason.code()),
                    Filters.in("status", Status.OPEN.code(), Status.ASSIGNED.code())))
            .first();
    if (live != null) {
      Severity current = Severity.byCode(live.getString("severity")).orElse(Severity.NORMAL);
      flags.updateOne(
          Filters.eq("_id", live.get("_id")),
          Updates.combine(
              Updates.inc("count", 1),
              Updates.set("lastAt", Date.from(at)),
              Updates.set(
                  "severity", (severity.rank() > current.rank() ? severity : current).code())));
      return live.get("_id").toString();
    }
    ObjectId id = new ObjectId();
    flags.insertOne(
        new Document("_id", id)
            .append("learnerKey", learnerKey)
            .append("reason", reason.code())
            .append("severity", severity.code())
            .append("status", Status.OPEN.code())
            .append("at", Date.from(at))
            .append("lastAt", Date.from(at))
            .append("detail", detail)
            .append("count", 1));
    return id.toHexString();
  }

  @Override
  public Optional<Flag> find(String id) {
    return Optional.ofNullable(flags.find(byId(id)).first()).map(MongoFlagStore::flag);
  }

  @Override
  public List<Flag> withStatus(Collection<Status> statuses, int limit) {
    List<Flag> found = new ArrayList<>();
    flags
        .find(Filters.in("status", statuses.stream().map(Status::code).toList()))
        .sort(Sorts.descending("at"))
        .limit(limit)
        .forEach(d -> found.add(flag(d)));
    return found;
  }

  @Override
  public List<Flag> ofLearner(String learnerKey) {
    List<Flag> found = new ArrayList<>();
    flags
        .find(Filters.eq("learnerKey", learnerKey))
        .sort(Sorts.descending("at"))
        .limit(50)
        .forEach(d -> found.add(flag(d)));
    return found;
  }

  @Override
  public boolean assign(String id, String assignee, Instant at) {
    return flags.findOneAndUpdate(
            Filters.and(byId(id), Filters.in("status", Status.OPEN.code(), Status.ASSIGNED.code())),
            Updates.combine(
                Updates.set("status", Status.ASSIGNED.code()),
                Updates.set("assignee", assignee),
                Updates.set("assignedAt", Date.from(at))),
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))
        != null;
  }

  @Override
  public boolean resolve(String id, String by, String note, Instant at) {
    return flags
            .updateOne(
                Filters.and(byId(id), Filters.ne("status", Status.RESOLVED.code())),
                Updates.combine(
                    Updates.set("status", Status.RESOLVED.code()),
                    Updates.set("resolvedBy", by),
                    Updates.set("note", note),
                    Updates.set("resolvedAt", Date.from(at))))
            .getModifiedCount()
        > 0;
  }

  private static org.bson.conversions.Bson byId(String id) {
    return ObjectId.isValid(id) ? Filters.eq("_id", new ObjectId(id)) : Filters.eq("_id", id);
  }

  private static Flag flag(Document d) {
    Number count = d.get("count", Number.class);
    Date at = d.getDate("at");
    return new Flag(
        d.get("_id").toString(),
        d.getString("learnerKey"),
        Reason.byCode(d.getString("reason")).orElse(Reason.MANUAL),
        Severity.byCode(d.getString("severity")).orElse(Severity.NORMAL),
        Status.byCode(d.getString("status")).orElse(Status.OPEN),
        at == null ? Instant.EPOCH : at.toInstant(),
        Optional.ofNullable(d.getString("detail")).orElse(""),
        Optional.ofNullable(d.getString("assignee")),
        Optional.ofNullable(d.getString("note")),
        count == null ? 1 : count.intValue());
  }
}
