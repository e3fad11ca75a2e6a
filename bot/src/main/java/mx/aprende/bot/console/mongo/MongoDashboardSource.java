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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import mx.aprende.bot.console.dashboard.Dashboard;
import mx.aprende.bot.console.dashboard.DashboardQuery;
import mx.aprende.bot.console.dashboard.DashboardSource;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The dashboard's figures as MongoDB aggregations over {@code inbound}, {@code outbound}, {@code
 * sessions} and {@code attempts}, plus the exam collections when they exist. Only stages the
 * embedded server supports: {@code $match}, {@code $unwind}, {@code $group} (with {@code $sum},
 * {@code $cond}, {@code $dateToString}), {@code $count}, {@code $sort}.
 */
public final class MongoDashboardSource implements DashboardSource {

  static final Duration RISK_AFTER = Duration.ofDays(14);

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
        exams());
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

  private List<Dashboard.Stage> funnel(
      MongoCollection<Document> sessions, MongoCollection<Document> attempts, DashboardQuery q) {
    Bson before = Filters.lt("firstSeen", Date.from(q.to()));
    long onboarded = sessions.countDocuments(and(scope(q, "_id"), before));
    Set<String> practised = new HashSet<>();
    Set<String> mastered = new HashSet<>();
    attempts
        .aggregate(
            List.of(
                Aggregates.match(and(scope(q, "learnerId"), Filters.lt("at", Date.from(q.to())))),
                Aggregates.unwind("$skills"),
                Aggregates.group(
                    new Document("learner", "$learnerId").append("skill", "$skills"),
                    Accumulators.sum("ok", new Document("$cond", List.of("$correct", 1, 0))))))
        .forEach(
            d -> {
              String learner = d.get("_id", Document.class).getString("learner");
              practised.add(learner);
              if (d.get("ok", Number.class).longValue() >= 3) {
                mastered.add(learner);
              }
            });
    List<Dashboard.Stage> stages = new ArrayList<>();
    stages.add(new Dashboard.Stage("Inscritos", OptionalLong.of(onboarded)));
    stages.add(new Dashboard.Stage("Primer ejercicio", OptionalLong.of(practised.size())));
    stages.add(
        new Dashboard.Stage("Primera habilidad (3 aciertos)", OptionalLong.of(mastered.size())));
    stages.add(new Dashboard.Stage("Módulo listo", OptionalLong.empty()));
    stages.add(new Dashboard.Stage("Examen agendado", count("exam_bookings")));
    stages.add(new Dashboard.Stage("Aprobado", countWhere("exam_bookings", "result", "passed")));
    stages.add(new Dashboard.Stage("Certificado", count("certificates")));
    return stages;
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

  private List<Dashboard.ExamRow> exams() {
    if (!exists("exam_bookings")) {
      return List.of();
    }
    List<Dashboard.ExamRow> rows = new ArrayList<>();
    database
        .getCollection("exam_bookings")
        .aggregate(
            List.of(
                Aggregates.group(
                    "$center",
                    Accumulators.sum("booked", 1),
                    Accumulators.sum(
                        "passed",
                        new Document(
                            "$cond",
                            List.of(new Document("$eq", List.of("$result", "passed")), 1, 0))),
                    Accumulators.sum(
                        "failed",
                        new Document(
                            "$cond",
                            List.of(new Document("$eq", List.of("$result", "failed")), 1, 0)))),
                Aggregates.sort(Sorts.ascending("_id"))))
        .forEach(
            d ->
                rows.add(
                    new Dashboard.ExamRow(
                        String.valueOf(d.get("_id")),
                        d.get("booked", Number.class).longValue(),
                        d.get("passed", Number.class).longValue(),
                        d.get("failed", Number.class).longValue())));
    return rows;
  }

  private OptionalLong count(String collection) {
    return exists(collection)
        ? OptionalLong.of(database.getCollection(collection).countDocuments())
        : OptionalLong.empty();
  }

  private OptionalLong countWhere(String collection, String field, String value) {
    return exists(collection)
        ? OptionalLong.of(
            database.getCollection(collection).countDocuments(Filters.eq(field, value)))
        : OptionalLong.empty();
  }

  private boolean exists(String collection) {
    return database.listCollectionNames().into(new ArrayList<>()).contains(collection);
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
