package mx.aprende.bot.exam.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.BookingStatus;
import mx.aprende.bot.exam.ExamSession;
import mx.aprende.bot.exam.ExamStore;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Sessions in {@code exam_sessions} and bookings in {@code exam_bookings} (keyed by booking code,
 * so the code is unique by construction).
 *
 * <p>A seat is taken with one conditional single-document update: {@code findOneAndUpdate} whose
 * filter only matches while {@code booked < capacity} (an {@code $expr} comparison of two fields)
 * and whose update is {@code $inc booked 1}. MongoDB applies it atomically per document, so any
 * number of concurrent bookings of the last seat succeed exactly once. We use nothing more because
 * the embedded mongo-java-server must behave the same as a real replica set: it has no
 * transactions, but it does support single-document {@code $expr} filters and {@code $inc}.
 */
public final class MongoExamStore implements ExamStore {

  static final String SESSIONS = "exam_sessions";
  static final String BOOKINGS = "exam_bookings";

  private final MongoCollection<Document> sessions;
  private final MongoCollection<Document> bookings;

  private final FieldCipher cipher;

  /**
   * @param cipher seals the name staff type at check-in (the learner's legal name, personal data)
   */
  public MongoExamStore(MongoDatabase database, FieldCipher cipher) {
    this.cipher = cipher;
    this.sessions = database.getCollection(SESSIONS);
    this.bookings = database.getCollection(BOOKINGS);
    sessions.createIndex(Indexes.ascending("centerId", "date"));
    bookings.createIndex(Indexes.ascending("learnerKey"));
    bookings.createIndex(Indexes.ascending("sessionId"));
    bookings.createIndex(Indexes.ascending("status"));
  }

  @Override
  public void saveSession(ExamSession s) {
    saveSessions(List.of(s));
  }

  @Override
  public void saveSessions(List<ExamSession> list) {
    if (list.isEmpty()) {
      return;
    }
    sessions.bulkWrite(
        list.stream()
            .map(
                s ->
                    new UpdateOneModel<Document>(
                        Filters.eq("_id", s.id()),
                        Updates.combine(
                            Updates.set("centerId", s.centerId()),
                            Updates.set("subject", s.subject()),
                            Updates.set("date", s.date().toString()),
                            Updates.set("time", s.time().toString()),
                            Updates.set("capacity", s.capacity()),
                            Updates.setOnInsert("booked", s.booked())),
                        new UpdateOptions().upsert(true)))
            .toList());
  }

  @Override
  public Optional<ExamSession> session(String id) {
    return Optional.ofNullable(sessions.find(Filters.eq("_id", id)).first())
        .map(MongoExamStore::session);
  }

  @Override
  public List<ExamSession> sessionsAt(String centerId, LocalDate from) {
    return sessions(
        Filters.and(Filters.eq("centerId", centerId), Filters.gte("date", from.toString())));
  }

  @Override
  public List<ExamSession> sessionsFrom(LocalDate from) {
    return sessions(Filters.gte("date", from.toString()));
  }

  @Override
  public List<ExamSession> sessionsOf(Collection<String> centerIds) {
    return sessions(Filters.in("centerId", centerIds));
  }

  @Override
  public boolean takeSeat(String sessionId) {
    // The guard compares two fields of the one document being updated: atomic, no transaction.
    Document taken =
        sessions.findOneAndUpdate(
            Filters.and(
                Filters.eq("_id", sessionId),
                Filters.expr(new Document("$lt", List.of("$booked", "$capacity")))),
            Updates.inc("booked", 1));
    return taken != null;
  }

  @Override
  public void releaseSeat(String sessionId) {
    sessions.updateOne(
        Filters.and(Filters.eq("_id", sessionId), Filters.gt("booked", 0)),
        Updates.inc("booked", -1));
  }

  @Override
  public boolean insertBooking(Booking booking) {
    try {
      bookings.insertOne(document(booking));
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void updateBooking(Booking booking) {
    bookings.replaceOne(
        Filters.eq("_id", booking.code()), document(booking), new ReplaceOptions().upsert(false));
  }

  @Override
  public Optional<Booking> booking(String code) {
    return Optional.ofNullable(bookings.find(Filters.eq("_id", code)).first()).map(this::booking);
  }

  @Override
  public List<Booking> bookingsOf(String learnerKey) {
    return bookings(Filters.eq("learnerKey", learnerKey), Sorts.descending("bookedAt"));
  }

  @Override
  public List<Booking> roster(String sessionId) {
    return bookings(
        Filters.and(
            Filters.eq("sessionId", sessionId),
            Filters.ne("status", BookingStatus.CANCELLED.name())),
        Sorts.ascending("_id"));
  }

  @Override
  public List<Booking> withStatus(BookingStatus status) {
    return bookings(Filters.eq("status", status.name()), Sorts.ascending("_id"));
  }

  @Override
  public List<Booking> awaitingReminder() {
    return bookings(
        Filters.and(
            Filters.eq("status", BookingStatus.BOOKED.name()), Filters.eq("reminded", false)),
        Sorts.ascending("_id"));
  }

  @Override
  public List<Booking> awaitingResultNotice() {
    return bookings(
        Filters.and(
            Filters.in("status", BookingStatus.PASSED.name(), BookingStatus.FAILED.name()),
            Filters.eq("resultNotified", false)),
        Sorts.ascending("_id"));
  }

  // Dates and times are stored as ISO strings, which sort and compare in time order.
  private List<ExamSession> sessions(Bson filter) {
    List<ExamSession> found = new ArrayList<>();
    sessions
        .find(filter)
        .sort(Sorts.ascending("date", "time", "_id"))
        .forEach(d -> found.add(session(d)));
    return found;
  }

  private List<Booking> bookings(Bson filter, Bson sort) {
    List<Booking> found = new ArrayList<>();
    bookings.find(filter).sort(sort).forEach(d -> found.add(booking(d)));
    return found;
  }

  private static ExamSession session(Document d) {
    return new ExamSession(
        d.getString("_id"),
        d.getString("centerId"),
        d.getString("subject"),
        LocalDate.parse(d.getString("date")),
        LocalTime.parse(d.getString("time")),
        d.get("capacity", Number.class).intValue(),
        d.get("booked", Number.class).intValue());
  }

  private Document document(Booking b) {
    Document d =
        new Document("_id", b.code())
            .append("learnerKey", b.learnerKey())
            .append("sessionId", b.sessionId())
            .append("moduleId", b.moduleId())
            .append("status", b.status().name())
            .append("bookedAt", Date.from(b.bookedAt()))
            .append("reminded", b.reminded())
            .append("resultNotified", b.resultNotified());
    b.fullName().ifPresent(n -> d.append("fullName", cipher.encrypt(n)));
    b.score().ifPresent(s -> d.append("score", s));
    return d;
  }

  /**
   * Names checked in before the name was sealed were stored in clear (no key id in front): they
   * still read, and are sealed when the booking is next written (the result entry).
   */
  private String opened(String stored) {
    if (stored.indexOf(':') < 0) {
      return stored;
    }
    return cipher.decrypt(stored);
  }

  private Booking booking(Document d) {
    Number score = d.get("score", Number.class);
    return new Booking(
        d.getString("_id"),
        d.getString("learnerKey"),
        d.getString("sessionId"),
        d.getString("moduleId"),
        BookingStatus.valueOf(d.getString("status")),
        d.getDate("bookedAt").toInstant(),
        Optional.ofNullable(d.getString("fullName")).map(this::opened),
        score == null ? OptionalInt.empty() : OptionalInt.of(score.intValue()),
        Boolean.TRUE.equals(d.getBoolean("reminded")),
        Boolean.TRUE.equals(d.getBoolean("resultNotified")));
  }
}
