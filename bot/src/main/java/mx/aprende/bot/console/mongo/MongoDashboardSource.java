package mx.aprende.bot.console.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import mx.aprende.bot.console.dashboard.Dashboard;
import mx.aprende.bot.console.dashboard.DashboardQuery;
import mx.aprende.bot.console.dashboard.DashboardSource;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The dashboard's learning figures as MongoDB aggregations over {@code inbound}, {@code outbound},
 * {@code outbox}, {@code sessions}, {@code attempts} and {@code learner_milestones}; the exam
 * figures come from {@link MongoExamFigures}. Only features both the embedded mongo-java-server
 * (used by the tests) and MongoDB support: stages {@code $match}, {@code $unwind}, {@code $group}
 * (with {@code $sum}, {@code $cond}, {@code $dateToString}), {@code $count}, {@code $sort}, and
 * {@code countDocuments}.
 */
public final class MongoDashboardSource implements DashboardSource {

  static final Duration RISK_AFTER = Duration.ofDays(14);

  /** Written by the learning path ({@code learning.mongo.MongoMilestones}). */
  static final String MILESTONES = "learner_milestones";

  private final MongoDatabase database;
  private final Map<String, String> moduleOfSkill;
  private final Map<String, String> moduleTitles;

  /**
   * @param moduleOfSkill skill id → module id, from the curriculum
   * @param moduleTitles module id → title
   */
  public MongoDashboardSource(
      MongoDatabase database, Map<String, String> moduleOfSkill, Map<String, String> moduleTitles) {
    this.database = database;
    this.moduleOfSkill = Map.copyOf(moduleOfSkill);
    this.moduleTitles = Map.copyOf(moduleTitles);
  }

  @Override
  public Dashboard compute(DashboardQuery q) {
    MongoCollection<Document> inbound = database.getCollection("inbound");
    MongoCollection<Document> outbound = database.getCollection("outbound");
    MongoCollection<Document> sessions = database.getCollection("sessions");
    MongoCollection<Document> attempts = database.getCollection("attempts");

    long day = distinctLearners(inbound, "learner", q, q.now().minus(Duration.ofDays(1)), q.now());
    long week = distinctLearners(inbound, "learner", q, q.now().minus(Duration.ofDays(7)), q.now());
    long month =
        distinctLearners(inbound, "learner", q, q.now().minus(Duration.ofDays(30)), q.now());
    long signUps = sessions.countDocuments(and(scope(q, "_id"), range("firstSeen", q)));
    long in = inbound.countDocuments(and(scope(q, "learner"), range("sentAt", q)));
    // Replies go out from the durable outbox (sent items carry sentAt); the outbound log still
    // holds what other senders (reminders) record.
    long out =
        database
                .getCollection("outbox")
                .countDocuments(and(scope(q, "learner"), range("sentAt", q)))
            + outbound.countDocuments(and(scope(q, "learner"), range("sentAt", q)));
    Bson answersInRange = and(scope(q, "learnerId"), range("at", q));
    long exercises = attempts.countDocuments(answersInRange);
    long correct = attempts.countDocuments(and(answersInRange, Filters.eq("correct", true)));

    return new Dashboard(
        day,
        week,
        month,
        signUps,
        in,
        out,
        exercises,
        correct,
        perDay(inbound, attempts, q),
        modules(attempts, answersInRange),
        funnel(sessions, attempts, q),
        atRisk(sessions, attempts, q),
        List.of(),
        List.of());
  }

  private static long distinctLearners(
      MongoCollection<Document> c, String field, DashboardQuery q, Instant from, Instant to) {
    Document counted =
        c.aggregate(
                List.of(
                    Aggregates.match(
                        and(
                            scope(q, field),
                            Filters.gte("sentAt", Date.from(from)),
                            Filters.lt("sentAt", Date.from(to)))),
                    Aggregates.group("$" + field),
                    Aggregates.count("n")))
            .first();
    return counted == null ? 0 : counted.get("n", Number.class).longValue();
  }

  private List<Dashboard.Day> perDay(
      MongoCollection<Document> inbound, MongoCollection<Document> attempts, DashboardQuery q) {
    Map<String, long[]> days = new TreeMap<>();
    byDay(inbound, and(scope(q, "learner"), range("sentAt", q)), "$sentAt")
        .forEach((d, n) -> days.computeIfAbsent(d, k -> new long[2])[0] = n);
    byDay(attempts, and(scope(q, "learnerId"), range("at", q)), "$at")
        .forEach((d, n) -> days.computeIfAbsent(d, k -> new long[2])[1] = n);
    List<Dashboard.Day> rows = new ArrayList<>();
    days.forEach((d, n) -> rows.add(new Dashboard.Day(d, n[0], n[1])));
    return rows;
  }

  private static Map<String, Long> byDay(MongoCollection<Document> c, Bson match, String date) {
    Map<String, Long> counts = new HashMap<>();
    c.aggregate(
            List.of(
                Aggregates.match(match),
                Aggregates.group(
                    new Document(
                        "$dateToString", new Document("format", "%Y-%m-%d").append("date", date)),
                    Accumulators.sum("n", 1))))
        .forEach(d -> counts.put(d.getString("_id"), d.get("n", Number.class).longValue()));
    return counts;
  }

  private List<Dashboard.ModuleRow> modules(MongoCollection<Document> attempts, Bson match) {
    // Per (learner, module): answers and correct answers; then each learner goes in one bucket.
    Map<String, Map<String, long[]>> byModule = new TreeMap<>();
    attempts
        .aggregate(
            List.of(
                Aggregates.match(match),
                Aggregates.unwind("$skills"),
                Aggregates.group(
                    new Document("learner", "$learnerId").append("skill", "$skills"),
                    Accumulators.sum("n", 1),
                    Accumulators.sum("ok", new Document("$cond", List.of("$correct", 1, 0))))))
        .forEach(
            d -> {
              Document id = d.get("_id", Document.class);
              String module = moduleOfSkill.get(id.getString("skill"));
              if (module != null) {
                long[] totals =
                    byModule
                        .computeIfAbsent(module, m -> new HashMap<>())
                        .computeIfAbsent(id.getString("learner"), l -> new long[2]);
                totals[0] += d.get("n", Number.class).longValue();
                totals[1] += d.get("ok", Number.class).longValue();
              }
            });
    List<Dashboard.ModuleRow> rows = new ArrayList<>();
    byModule.forEach(
        (module, learners) -> {
          long low = 0;
          long middle = 0;
          long high = 0;
          for (long[] t : learners.values()) {
            double share = (double) t[1] / t[0];
            if (share >= 0.8) {
              high++;
            } else if (share >= 0.5) {
              middle++;
            } else {
              low++;
            }
          }
          rows.add(
              new Dashboard.ModuleRow(
                  moduleTitles.getOrDefault(module, module), low, middle, high));
        });
    return rows;
  }

  /**
   * The funnel's learning stages as of the end of the range. "First skill mastered" and "module
   * ready" are the engine's own verdicts, recorded by the learning path in {@code
   * learner_milestones} when they happen (and backfilled at start-up for earlier learners): reading
   * them is a count, where working them out here would replay every learner's answers.
   */
  private List<Dashboard.Stage> funnel(
      MongoCollection<Document> sessions, MongoCollection<Document> attempts, DashboardQuery q) {
    Date to = Date.from(q.to());
    long onboarded = sessions.countDocuments(and(scope(q, "_id"), Filters.lt("firstSeen", to)));
    Document practised =
        attempts
            .aggregate(
                List.of(
                    Aggregates.match(and(scope(q, "learnerId"), Filters.lt("at", to))),
                    Aggregates.group("$learnerId"),
                    Aggregates.count("n")))
            .first();
    MongoCollection<Document> milestones = database.getCollection(MILESTONES);
    long mastered =
        milestones.countDocuments(and(scope(q, "_id"), Filters.lt("firstMastered", to)));
    long ready = milestones.countDocuments(and(scope(q, "_id"), Filters.lt("moduleReady", to)));
    return List.of(
        new Dashboard.Stage("Inscritos", OptionalLong.of(onboarded)),
        new Dashboard.Stage(
            "Primer ejercicio",
            OptionalLong.of(practised == null ? 0 : practised.get("n", Number.class).longValue())),
        new Dashboard.Stage("Primera habilidad dominada", OptionalLong.of(mastered)),
        new Dashboard.Stage("Módulo listo para examen", OptionalLong.of(ready)));
  }

  private List<Dashboard.AtRisk> atRisk(
      MongoCollection<Document> sessions, MongoCollection<Document> attempts, DashboardQuery q) {
    List<Dashboard.AtRisk> rows = new ArrayList<>();
    sessions
        .find(
            and(
                scope(q, "_id"),
                Filters.lt("lastSeen", Date.from(q.now().minus(RISK_AFTER))),
                Filters.ne("optedOut", true)))
        .sort(Sorts.ascending("lastSeen"))
        .limit(200)
        .forEach(
            d -> {
              String key = d.getString("_id");
              long answers = attempts.countDocuments(Filters.eq("learnerId", key));
              if (answers > 0) {
                rows.add(new Dashboard.AtRisk(key, d.getDate("lastSeen").toInstant(), answers));
              }
            });
    return rows;
  }

  private static Bson scope(DashboardQuery q, String field) {
    return q.learners().map(keys -> Filters.in(field, keys)).orElse(new Document());
  }

  private static Bson range(String field, DashboardQuery q) {
    return Filters.and(
        Filters.gte(field, Date.from(q.from())), Filters.lt(field, Date.from(q.to())));
  }

  private static Bson and(Bson... filters) {
    return Filters.and(filters);
  }
}
