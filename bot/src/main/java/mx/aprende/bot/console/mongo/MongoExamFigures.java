package mx.aprende.bot.console.mongo;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.console.dashboard.CenterScope;
import mx.aprende.bot.console.dashboard.Dashboard;
import mx.aprende.bot.console.dashboard.ExamFigures;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The dashboard's read-only view of the exams feature's collections: {@code exam_centers}, {@code
 * exam_sessions}, {@code exam_bookings} (as written by {@code exam.mongo}) and {@code certificates}
 * (as written by {@code certificate.mongo}); its test seeds them through those stores, so a change
 * of their documents shows up there. Session dates are ISO strings, which compare in date order.
 *
 * <p>Only features both the embedded mongo-java-server and MongoDB support: {@code find} with
 * {@code $in}/{@code $gte}/{@code $lte}, and aggregations with {@code $match}, {@code $group}
 * ({@code $sum} of {@code $cond}/{@code $eq}) and {@code $count}. Sessions are joined to bookings
 * in code (one {@code $in} on session ids) rather than with {@code $lookup}: a coordinator's range
 * holds tens of sessions, not thousands.
 */
public final class MongoExamFigures implements ExamFigures {

  private static final String CANCELLED = "CANCELLED";

  private final MongoDatabase database;
  private final Map<String, String> subjectTitles;

  /**
   * @param subjectTitles module id or level id → the title shown (e.g. {@code inicial} → "Nivel
   *     inicial")
   */
  public MongoExamFigures(MongoDatabase database, Map<String, String> subjectTitles) {
    this.database = database;
    this.subjectTitles = Map.copyOf(subjectTitles);
  }

  @Override
  public List<Dashboard.ExamSlot> calendar(CenterScope centers, LocalDate first, LocalDate last) {
    Map<String, String> names = centerNames(centers);
    List<Dashboard.ExamSlot> slots = new ArrayList<>();
    sessions(centers, names, first, last)
        .sort(Sorts.ascending("date", "time", "_id"))
        .forEach(
            d ->
                slots.add(
                    new Dashboard.ExamSlot(
                        LocalDate.parse(d.getString("date")),
                        LocalTime.parse(d.getString("time")),
                        names.getOrDefault(d.getString("centerId"), d.getString("centerId")),
                        title(d.getString("subject")),
                        d.get("booked", Number.class).intValue(),
                        d.get("capacity", Number.class).intValue())));
    return slots;
  }

  @Override
  public List<Dashboard.ExamResult> results(CenterScope centers, LocalDate first, LocalDate last) {
    Map<String, String> names = centerNames(centers);
    Map<String, String> centerOfSession = new HashMap<>();
    sessions(centers, names, first, last)
        .forEach(d -> centerOfSession.put(d.getString("_id"), d.getString("centerId")));
    if (centerOfSession.isEmpty()) {
      return List.of();
    }
    // Per (center, module): booked, waiting for a result, passed, failed.
    Map<List<String>, long[]> counts = new LinkedHashMap<>();
    database
        .getCollection("exam_bookings")
        .aggregate(
            List.of(
                Aggregates.match(
                    Filters.and(
                        Filters.in("sessionId", centerOfSession.keySet()),
                        Filters.ne("status", CANCELLED))),
                Aggregates.group(
                    new Document("session", "$sessionId").append("module", "$moduleId"),
                    Accumulators.sum("booked", 1),
                    Accumulators.sum("waiting", statusIs("CHECKED_IN")),
                    Accumulators.sum("passed", statusIs("PASSED")),
                    Accumulators.sum("failed", statusIs("FAILED")))))
        .forEach(
            d -> {
              Document id = d.get("_id", Document.class);
              String center = centerOfSession.get(id.getString("session"));
              long[] c =
                  counts.computeIfAbsent(List.of(center, id.getString("module")), k -> new long[4]);
              c[0] += d.get("booked", Number.class).longValue();
              c[1] += d.get("waiting", Number.class).longValue();
              c[2] += d.get("passed", Number.class).longValue();
              c[3] += d.get("failed", Number.class).longValue();
            });
    List<Dashboard.ExamResult> rows = new ArrayList<>();
    counts.forEach(
        (key, c) ->
            rows.add(
                new Dashboard.ExamResult(
                    names.getOrDefault(key.get(0), key.get(0)),
                    title(key.get(1)),
                    c[0],
                    c[1] + c[2] + c[3],
                    c[2],
                    c[3])));
    rows.sort(
        Comparator.comparing(Dashboard.ExamResult::center)
            .thenComparing(Dashboard.ExamResult::module));
    return rows;
  }

  @Override
  public Later funnel(Optional<Set<String>> learners, Instant before) {
    Bson scope = learners.map(keys -> Filters.in("learnerKey", keys)).orElse(new Document());
    MongoCollection<Document> bookings = database.getCollection("exam_bookings");
    Bson bookedBefore = Filters.lt("bookedAt", Date.from(before));
    long booked =
        distinctLearners(
            bookings, Filters.and(scope, bookedBefore, Filters.ne("status", CANCELLED)));
    // Bookings carry no result date: "passed" counts passes of exams booked within the range.
    long passed =
        distinctLearners(
            bookings, Filters.and(scope, bookedBefore, Filters.eq("status", "PASSED")));
    long certified =
        distinctLearners(
            database.getCollection("certificates"),
            Filters.and(
                scope,
                Filters.eq("kind", "LEVEL"),
                Filters.eq("status", "VALID"),
                Filters.lt("issuedAt", Date.from(before))));
    return new Later(booked, passed, certified);
  }

  private static long distinctLearners(MongoCollection<Document> c, Bson match) {
    Document counted =
        c.aggregate(
                List.of(
                    Aggregates.match(match),
                    Aggregates.group("$learnerKey"),
                    Aggregates.count("n")))
            .first();
    return counted == null ? 0 : counted.get("n", Number.class).longValue();
  }

  private static Document statusIs(String status) {
    return new Document("$cond", List.of(new Document("$eq", List.of("$status", status)), 1, 0));
  }

  /** Sessions dated {@code first} to {@code last} at the centers in scope. */
  private FindIterable<Document> sessions(
      CenterScope centers, Map<String, String> names, LocalDate first, LocalDate last) {
    Bson dates =
        Filters.and(Filters.gte("date", first.toString()), Filters.lte("date", last.toString()));
    Bson where =
        switch (centers) {
          case CenterScope.All all -> dates;
          case CenterScope.InStates states ->
              Filters.and(dates, Filters.in("centerId", names.keySet()));
          case CenterScope.One one -> Filters.and(dates, Filters.eq("centerId", one.centerId()));
        };
    return database.getCollection("exam_sessions").find(where);
  }

  /** Names of the centers in scope, by id. */
  private Map<String, String> centerNames(CenterScope centers) {
    Bson which =
        switch (centers) {
          case CenterScope.All all -> new Document();
          case CenterScope.InStates states -> Filters.in("state", states.stateCodes());
          case CenterScope.One one -> Filters.eq("_id", one.centerId());
        };
    Map<String, String> names = new HashMap<>();
    database
        .getCollection("exam_centers")
        .find(which)
        .forEach(d -> names.put(d.getString("_id"), d.getString("name")));
    return names;
  }

  private String title(String subject) {
    return subjectTitles.getOrDefault(subject, subject);
  }
}
