package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoExamStoreTest {

  private final MongoDatabase database = MongoTestSupport.freshDatabase();
  private final MongoExamStore store = new MongoExamStore(database, TestBots.cipher());

  /** Sixty learners racing for twelve seats: exactly twelve win and the count never passes 12. */
  @Test
  void parallelSeatsNeverExceedCapacity() throws Exception {
    store.saveSession(session("race", 12));
    int learners = 60;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < learners; i++) {
      tasks.add(
          () -> {
            start.await();
            return store.takeSeat("race");
          });
    }
    int won = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (Callable<Boolean> task : tasks) {
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Boolean> f : futures) {
        won += f.get() ? 1 : 0;
      }
    }
    assertThat(won, is(12));
    assertThat(store.session("race").orElseThrow().booked(), is(12));
    assertThat(store.takeSeat("race"), is(false));
  }

  /** A released seat can be taken again, and releasing never goes below zero. */
  @Test
  void releaseGivesTheSeatBack() {
    store.saveSession(session("one", 1));
    assertThat(store.takeSeat("one"), is(true));
    assertThat(store.takeSeat("one"), is(false));
    store.releaseSeat("one");
    store.releaseSeat("one");
    assertThat(store.session("one").orElseThrow().booked(), is(0));
    assertThat(store.takeSeat("one"), is(true));
  }

  /** Editing a session keeps the seats already booked. */
  @Test
  void editingKeepsBookedSeats() {
    store.saveSession(session("edit", 5));
    store.takeSeat("edit");
    store.saveSession(session("edit", 8));
    assertThat(store.session("edit").orElseThrow().capacity(), is(8));
    assertThat(store.session("edit").orElseThrow().booked(), is(1));
  }

  /** A second booking with a used code is refused, so codes stay unique. */
  @Test
  void bookingCodesAreUnique() {
    Instant at = Instant.parse("2026-12-01T12:00:00Z");
    assertThat(store.insertBooking(Booking.of("K7PQ3M", "a", "s", "m", at)), is(true));
    assertThat(store.insertBooking(Booking.of("K7PQ3M", "b", "s", "m", at)), is(false));
    assertThat(store.booking("K7PQ3M").orElseThrow().learnerKey(), is("a"));
  }

  /** A booking reads back as it was written, results included. */
  @Test
  void bookingRoundTrip() {
    Booking booking =
        Booking.of("ABCDEF", "learner", "s", "m", Instant.parse("2026-12-01T12:00:00Z"))
            .checkedIn("Ana López")
            .withResult(87, true);
    store.insertBooking(booking);
    assertThat(store.booking("ABCDEF"), is(Optional.of(booking)));
    assertThat(store.awaitingResultNotice(), is(List.of(booking)));
  }

  /**
   * The legal name typed at check-in is sealed at rest and reads back in clear; a name stored in
   * clear before sealing existed still reads, and is sealed by the next write of its booking.
   */
  @Test
  void checkInNameIsSealedAtRest() {
    Instant at = Instant.parse("2026-12-01T12:00:00Z");
    store.insertBooking(Booking.of("SEALED", "learner", "s", "m", at));
    store.updateBooking(store.booking("SEALED").orElseThrow().checkedIn("Ana López Pérez"));

    Document stored =
        database.getCollection("exam_bookings").find(Filters.eq("_id", "SEALED")).first();
    assertThat(
        stored.getString("fullName").startsWith(TestBots.cipher().currentKeyId() + ":"), is(true));
    assertThat(stored.toJson().contains("López"), is(false));
    assertThat(
        store.booking("SEALED").orElseThrow().fullName(), is(Optional.of("Ana López Pérez")));

    database
        .getCollection("exam_bookings")
        .insertOne(
            new Document("_id", "LEGACY")
                .append("learnerKey", "old")
                .append("sessionId", "s")
                .append("moduleId", "m")
                .append("status", "CHECKED_IN")
                .append("bookedAt", Date.from(at))
                .append("fullName", "Rosa Díaz"));
    Booking legacy = store.booking("LEGACY").orElseThrow();
    assertThat(legacy.fullName(), is(Optional.of("Rosa Díaz")));
    store.updateBooking(legacy.withResult(90, true));
    Document rewritten =
        database.getCollection("exam_bookings").find(Filters.eq("_id", "LEGACY")).first();
    assertThat(rewritten.toJson().contains("Díaz"), is(false));
  }

  private static ExamSession session(String id, int capacity) {
    return new ExamSession(
        id, "ags-01", "intermedio", LocalDate.of(2026, 12, 10), LocalTime.of(9, 0), capacity, 0);
  }
}
