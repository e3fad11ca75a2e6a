package mx.aprende.bot.exam;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.exam.mongo.MongoCenters;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.region.QuietHours;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.curriculum.Level;
import mx.aprende.engine.testing.MongoTestSupport;

/**
 * The exam feature on a fresh test database with the sample centers and sessions, a movable clock,
 * readiness set by the test, and a recorder instead of WhatsApp.
 */
final class ExamFixture {

  /** Monday 2026-11-30, 12:00 in Mexico City. */
  static final Instant START = Instant.parse("2026-11-30T18:00:00Z");

  static final Catalog CATALOG =
      new Catalog(
          List.of(
              new Catalog.ModuleCard(
                  "fracciones", "Fracciones y porcentajes", "Partes", Level.INTERMEDIO, 3, 6, 30),
              new Catalog.ModuleCard(
                  "lectura", "Leer y escribir", "Letras", Level.INICIAL, 2, 4, 20)),
          Map.of("frac-sumar", "Sumar fracciones", "frac-leer", "Leer fracciones"));

  static final List<Center> SAMPLE = CenterFile.sample();

  /** One message sent outside the replies. */
  record Sent(String kind, String learnerKey, String name, List<String> parameters, byte[] bytes) {}

  final AtomicReference<Instant> now = new AtomicReference<>(START);
  final InstantSource clock = () -> now.get();
  final Map<String, Readiness.Verdict> verdicts = new HashMap<>();
  final List<Sent> sent = new ArrayList<>();
  final MongoCenters centers;
  final MongoExamStore store;
  final ExamBookings bookings;
  final ExamDesk desk;
  final ExamNotifier notifier;
  final List<Booking> issued = new ArrayList<>();
  final List<ExamProblem> problems = new ArrayList<>();

  private static MongoCenters shared;

  /** The sample centers, written once for all tests: no test changes them. */
  private static synchronized MongoCenters sharedCenters() {
    if (shared == null) {
      shared = new MongoCenters(MongoTestSupport.freshDatabase());
      shared.saveAll(SAMPLE);
    }
    return shared;
  }

  ExamFixture() {
    centers = sharedCenters();
    store = new MongoExamStore(MongoTestSupport.freshDatabase(), TestBots.cipher());
    // Sessions only where the tests book: the shared test machine is slow to write.
    LocalDate today = LocalDate.ofInstant(START, ZoneId.of("America/Mexico_City"));
    store.saveSessions(
        SAMPLE.stream()
            .filter(c -> c.id().startsWith("mex-") || c.id().startsWith("cdmx-"))
            .flatMap(c -> SampleSessions.sessionsFor(c, today).stream())
            .toList());
    Readiness readiness =
        new Readiness() {
          @Override
          public Verdict of(String learnerKey, String moduleId) {
            return verdicts.getOrDefault(learnerKey + "/" + moduleId, new Verdict.Locked(moduleId));
          }

          @Override
          public List<String> weakestSkills(String learnerKey, String moduleId, int max) {
            return List.of("Sumar fracciones", "Leer fracciones").subList(0, Math.min(2, max));
          }
        };
    LearnerMessages messages =
        new LearnerMessages() {
          @Override
          public void image(String learnerKey, byte[] png, String fileName, String caption) {
            sent.add(new Sent("image", learnerKey, fileName, List.of(caption), png));
          }

          @Override
          public void document(String learnerKey, byte[] pdf, String fileName, String caption) {
            sent.add(new Sent("document", learnerKey, fileName, List.of(caption), pdf));
          }

          @Override
          public void template(
              String learnerKey, String name, List<String> parameters, Optional<String> payload) {
            List<String> all = new ArrayList<>(parameters);
            payload.ifPresent(all::add);
            sent.add(new Sent("template", learnerKey, name, all, new byte[0]));
          }
        };
    Recognition recognition =
        new Recognition() {
          @Override
          public void issue(Booking passed) {
            issued.add(passed);
          }

          @Override
          public List<String> deliver(Booking passed) {
            return List.of("Constancia: https://example.test/verify/X");
          }
        };
    bookings = new ExamBookings(store, centers, new BookingCodes(new SplittableRandom(3)), clock);
    ExamOutcomes outcomes = new ExamOutcomes(CATALOG, store, readiness, recognition);
    desk =
        new ExamDesk(
            CATALOG, readiness, centers, store, bookings, messages, outcomes, problems::add);
    notifier =
        new ExamNotifier(
            store,
            centers,
            new ExamReminders(QuietHours.DEFAULT),
            outcomes,
            recognition,
            messages,
            problems::add,
            clock);
  }

  void ready(String learnerKey, String moduleId) {
    verdicts.put(learnerKey + "/" + moduleId, new Readiness.Verdict.Ready(moduleId));
  }

  void notYet(String learnerKey, String moduleId, String next, List<String> missing) {
    verdicts.put(
        learnerKey + "/" + moduleId, new Readiness.Verdict.NotYet(moduleId, next, missing));
  }
}
