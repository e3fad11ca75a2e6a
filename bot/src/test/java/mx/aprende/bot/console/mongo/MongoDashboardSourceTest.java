package mx.aprende.bot.console.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import mx.aprende.bot.console.dashboard.CenterScope;
import mx.aprende.bot.console.dashboard.Dashboard;
import mx.aprende.bot.console.dashboard.DashboardQuery;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The dashboard's aggregations on the embedded MongoDB, for a scope and a range. */
class MongoDashboardSourceTest {

  private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

  /** Three learners: two active in scope (one strong, one weak), one away 20 days. */
  @Test
  void figuresForAScope() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    learner(db, "a", NOW.minus(Duration.ofHours(2)), new boolean[] {true, true, true, true, true});
    learner(db, "b", NOW.minus(Duration.ofDays(3)), new boolean[] {false, false, true, false});
    learner(db, "c", NOW.minus(Duration.ofDays(20)), new boolean[] {true, false});
    learner(db, "outside", NOW.minus(Duration.ofHours(1)), new boolean[] {true});
    // Replies sent from the outbox (two in scope, one still pending, one to another learner) and
    // one
    // logged by the reminder sender.
    db.getCollection("outbox")
        .insertMany(
            List.of(
                new Document("_id", "w1#0")
                    .append("learner", "a")
                    .append("sentAt", Date.from(NOW.minus(Duration.ofHours(2)))),
                new Document("_id", "w2#0")
                    .append("learner", "b")
                    .append("sentAt", Date.from(NOW.minus(Duration.ofDays(3)))),
                new Document("_id", "w3#0").append("learner", "b"),
                new Document("_id", "w4#0")
                    .append("learner", "outside")
                    .append("sentAt", Date.from(NOW.minus(Duration.ofHours(1))))));
    db.getCollection("outbound")
        .insertOne(
            new Document("_id", "r1")
                .append("learner", "c")
                .append("sentAt", Date.from(NOW.minus(Duration.ofDays(2)))));
    MongoDashboardSource source =
        new MongoDashboardSource(db, Map.of("s1", "m1", "s2", "m1"), Map.of("m1", "Números"));

    Dashboard d =
        source.compute(
            new DashboardQuery(
                Optional.of(Set.of("a", "b", "c")),
                new CenterScope.All(),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                NOW));

    assertThat(List.of(d.activeDay(), d.activeWeek(), d.activeMonth()), is(List.of(1L, 2L, 3L)));
    assertThat(d.signUps(), is(3L));
    assertThat(d.messagesIn(), is(3L));
    assertThat(d.messagesOut(), is(3L));
    assertThat(d.exercises(), is(11L));
    assertThat(d.correct(), is(7L));
    assertThat(d.modules(), is(List.of(new Dashboard.ModuleRow("Números", 1, 1, 1))));
    assertThat(d.funnel().get(0), is(new Dashboard.Stage("Inscritos", OptionalLong.of(3))));
    assertThat(d.funnel().get(1), is(new Dashboard.Stage("Primer ejercicio", OptionalLong.of(3))));
    assertThat(d.atRisk().stream().map(Dashboard.AtRisk::learnerKey).toList(), is(List.of("c")));
    assertThat(d.perDay().stream().mapToLong(Dashboard.Day::answers).sum(), is(11L));
    assertThat(d.calendar(), is(List.of()));
  }

  private static void learner(MongoDatabase db, String key, Instant last, boolean[] answers) {
    db.getCollection("sessions")
        .insertOne(
            new Document("_id", key)
                .append("firstSeen", Date.from(NOW.minus(Duration.ofDays(25))))
                .append("lastSeen", Date.from(last))
                .append("turns", 5L)
                .append("optedOut", false));
    db.getCollection("inbound")
        .insertOne(
            new Document("_id", "in-" + key)
                .append("learner", key)
                .append("sentAt", Date.from(last))
                .append("raw", "{}"));
    for (int i = 0; i < answers.length; i++) {
      db.getCollection("attempts")
          .insertOne(
              new Document("learnerId", key)
                  .append("skills", List.of(i % 2 == 0 ? "s1" : "s2"))
                  .append("correct", answers[i])
                  .append("at", Date.from(last.minus(Duration.ofMinutes(i)))));
    }
  }
}
