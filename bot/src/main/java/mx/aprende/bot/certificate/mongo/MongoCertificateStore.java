package mx.aprende.bot.certificate.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import mx.aprende.bot.certificate.Certificate;
import mx.aprende.bot.certificate.CertificateStore;
import mx.aprende.bot.certificate.Certificates;
import org.bson.Document;

/**
 * The {@code certificates} collection: one document per credential, {@code _id} its public id. A
 * unique index on learner, kind and subject makes issuing idempotent even when two instances issue
 * at once. When a learner's data are erased their documents stay for verification, with {@code
 * learnerKey} replaced by {@code erased:<id>} (unique, so the index still holds and the learner
 * could earn it again), {@code signed} replaced by its SHA-256 in {@code digest}, and {@code
 * erasedAt}.
 */
public final class MongoCertificateStore implements CertificateStore {

  private final MongoCollection<Document> certificates;

  public MongoCertificateStore(MongoDatabase database) {
    this.certificates = database.getCollection("certificates");
    certificates.createIndex(
        Indexes.ascending("learnerKey", "kind", "subject"), new IndexOptions().unique(true));
  }

  @Override
  public boolean insert(Certificate c) {
    Document d =
        new Document("_id", c.id())
            .append("learnerKey", c.learnerKey())
            .append("kind", c.kind().name())
            .append("subject", c.subject())
            .append("title", c.title())
            .append("issuedAt", Date.from(c.issuedAt()))
            .append("status", c.status().name())
            .append("signed", c.signed())
            .append("delivered", c.delivered());
    c.revokedAt().ifPresent(at -> d.append("revokedAt", Date.from(at)));
    c.reason().ifPresent(r -> d.append("reason", r));
    try {
      certificates.insertOne(d);
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<Certificate> find(String id) {
    return Optional.ofNullable(certificates.find(Filters.eq("_id", id)).first())
        .map(MongoCertificateStore::certificate);
  }

  @Override
  public Optional<Certificate> of(String learnerKey, Certificate.Kind kind, String subject) {
    return Optional.ofNullable(
            certificates
                .find(
                    Filters.and(
                        Filters.eq("learnerKey", learnerKey),
                        Filters.eq("kind", kind.name()),
                        Filters.eq("subject", subject)))
                .first())
        .map(MongoCertificateStore::certificate);
  }

  @Override
  public boolean revoke(String id, String reason, Instant at) {
    return certificates
            .updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                    Updates.set("status", Certificate.Status.REVOKED.name()),
                    Updates.set("revokedAt", Date.from(at)),
                    Updates.set("reason", reason)))
            .getMatchedCount()
        > 0;
  }

  @Override
  public void markDelivered(String id) {
    certificates.updateOne(Filters.eq("_id", id), Updates.set("delivered", true));
  }

  @Override
  public long forget(String learnerKey, Instant at) {
    long forgotten = 0;
    for (Document d : certificates.find(Filters.eq("learnerKey", learnerKey))) {
      String id = d.getString("_id");
      certificates.updateOne(
          Filters.eq("_id", id),
          Updates.combine(
              Updates.set("learnerKey", "erased:" + id),
              Updates.set("digest", Certificates.sha256(d.getString("signed"))),
              Updates.set("erasedAt", Date.from(at)),
              Updates.unset("signed"),
              Updates.unset("delivered")));
      forgotten++;
    }
    return forgotten;
  }

  private static Certificate certificate(Document d) {
    return new Certificate(
        d.getString("_id"),
        d.getString("learnerKey"),
        Certificate.Kind.valueOf(d.getString("kind")),
        d.getString("subject"),
        d.getString("title"),
        d.getDate("issuedAt").toInstant(),
        Certificate.Status.valueOf(d.getString("status")),
        Optional.ofNullable(d.getDate("revokedAt")).map(Date::toInstant),
        Optional.ofNullable(d.getString("reason")),
        Optional.ofNullable(d.getString("signed")).orElse(""),
        d.getBoolean("delivered", false),
        Optional.ofNullable(d.getString("digest")));
  }
}
