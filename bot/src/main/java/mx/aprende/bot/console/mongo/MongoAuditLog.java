package mx.aprende.bot.console.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import mx.aprende.bot.console.access.AuditLog;
import org.bson.Document;

/** Staff actions in {@code audit}, append-only. */
public final class MongoAuditLog implements AuditLog {

  private final MongoCollection<Document> audit;

  public MongoAuditLog(MongoDatabase database) {
    this.audit = database.getCollection("audit");
  }

  @Override
  public void record(Entry e) {
    audit.insertOne(
        new Document("at", Date.from(e.at()))
            .append("actor", e.actor())
            .append("action", e.action())
            .append("target", e.target())
            .append("detail", e.detail()));
  }

  @Override
  public List<Entry> recent(int limit) {
    List<Entry> entries = new ArrayList<>();
    audit
        .find()
        .sort(Sorts.descending("at"))
        .limit(limit)
        .forEach(
            d ->
                entries.add(
                    new Entry(
                        d.getDate("at").toInstant(),
                        d.getString("actor"),
                        d.getString("action"),
                        d.getString("target"),
                        d.getString("detail"))));
    return entries;
  }
}
