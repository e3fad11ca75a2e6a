package mx.aprende.bot.console.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Optional;
import mx.aprende.bot.console.flags.Flag;
import mx.aprende.bot.console.flags.Reason;
import mx.aprende.bot.console.flags.Severity;
import mx.aprende.bot.console.flags.Status;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Flags in MongoDB: one live flag per learner and reason, the guard's shape read as is, life. */
class MongoFlagStoreTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final MongoDatabase db = MongoTestSupport.freshDatabase();
  private final MongoFlagStore flags = new MongoFlagStore(db);

  /** A rule firing again on a live flag counts it and keeps the higher severity. */
  @Test
  void repeatsCountOnTheLiveFlag() {
    String first = flags.raise("k", Reason.MISSES, Severity.NORMAL, "3 errores", T0);
    String again = flags.raise("k", Reason.MISSES, Severity.HIGH, "3 errores", T0.plusSeconds(60));
    assertThat(again, is(first));
    Flag flag = flags.find(first).orElseThrow();
    assertThat(flag.count(), is(2));
    assertThat(flag.severity(), is(Severity.HIGH));
    assertThat(flag.at(), is(T0));
    flags.resolve(first, "ana", "listo", T0.plusSeconds(120));
    String next =
        flags.raise("k", Reason.MISSES, Severity.NORMAL, "3 errores", T0.plusSeconds(180));
    assertThat(next.equals(first), is(false));
  }

  /** The tutor guard's documents ({learnerKey, reason, severity, status, at}) appear as flags. */
  @Test
  void readsTheGuardsShape() {
    db.getCollection("flags")
        .insertOne(
            new Document("learnerKey", "g")
                .append("reason", "risk")
                .append("severity", "urgent")
                .append("status", "open")
                .append("at", Date.from(T0)));
    Flag flag = flags.withStatus(EnumSet.of(Status.OPEN), 10).getFirst();
    assertThat(flag.reason(), is(Reason.RISK));
    assertThat(flag.severity(), is(Severity.URGENT));
    assertThat(flag.count(), is(1));
    assertThat(flags.raise("g", Reason.RISK, Severity.URGENT, "", T0), is(flag.id()));
  }

  /** open → assigned → resolved with a note; a resolved flag is not resolved twice. */
  @Test
  void lifeCycle() {
    String id = flags.raise("k", Reason.PERSON, Severity.HIGH, "pidió persona", T0);
    assertThat(flags.assign(id, "ana", T0), is(true));
    assertThat(flags.find(id).orElseThrow().status(), is(Status.ASSIGNED));
    assertThat(flags.find(id).orElseThrow().assignee(), is(Optional.of("ana")));
    assertThat(flags.resolve(id, "ana", "hablamos", T0), is(true));
    assertThat(flags.resolve(id, "ana", "otra vez", T0), is(false));
    assertThat(flags.find(id).orElseThrow().note(), is(Optional.of("hablamos")));
    assertThat(flags.assign(id, "luis", T0), is(false));
  }
}
