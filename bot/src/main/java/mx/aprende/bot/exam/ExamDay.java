package mx.aprende.bot.exam;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.content.curriculum.Level;

/**
 * Exam day as center staff run it from the console: sessions of some centers, creating and editing
 * a session with checks a person can act on, the roster, check-in by code (typed or read from the
 * QR) and results. A result goes the same way as from {@code ./tutor exam result}: stored, then the
 * exam job tells the learner and issues what a pass earns; {@code resultsEntered} asks the job to
 * run now rather than at its next minute.
 *
 * <p>Which centers a staff member may touch is the console's business: every method takes ids the
 * caller already checked. Refusals are {@link ExamException}s whose message is Spanish, for staff.
 */
public final class ExamDay {

  /** The most seats a session may have. */
  public static final int MAX_CAPACITY = 500;

  /** Exam sessions start between these times (a center's working day). */
  public static final LocalTime EARLIEST = LocalTime.of(7, 0);

  public static final LocalTime LATEST = LocalTime.of(20, 0);

  /** A session with its center. */
  public record Sitting(ExamSession session, Center center) {}

  /** What a session may be for: a module's exam or any module of a level. */
  public record Subject(String id, String label) {}

  /**
   * One line of a roster: the booking and only what staff need to greet and grade the learner.
   *
   * @param booking the booking (code, status, the ID name once checked in, score)
   * @param displayName the first name the learner gave the bot, when known
   * @param moduleTitle the module the learner sits
   */
  public record RosterLine(Booking booking, Optional<String> displayName, String moduleTitle) {}

  private final Centers centers;
  private final ExamStore store;
  private final ExamBookings bookings;
  private final Catalog catalog;
  private final LearnerNames names;
  private final Runnable resultsEntered;
  private final InstantSource clock;

  public ExamDay(
      Centers centers,
      ExamStore store,
      ExamBookings bookings,
      Catalog catalog,
      LearnerNames names,
      Runnable resultsEntered,
      InstantSource clock) {
    this.centers = centers;
    this.store = store;
    this.bookings = bookings;
    this.catalog = catalog;
    this.names = names;
    this.resultsEntered = resultsEntered;
    this.clock = clock;
  }

  /** Every center, by id. */
  public List<Center> centers() {
    return centers.all();
  }

  public Optional<Center> center(String id) {
    return centers.find(id);
  }

  /** Modules and levels a session can be for, levels first. */
  public List<Subject> subjects() {
    List<Subject> subjects = new ArrayList<>();
    for (Level level : Level.values()) {
      subjects.add(new Subject(level.id(), "Nivel " + level.id() + " (cualquier módulo)"));
    }
    catalog.modules().forEach(m -> subjects.add(new Subject(m.id(), "Módulo: " + m.title())));
    return subjects;
  }

  /** What a subject id reads as on the screens. */
  public String subjectLabel(String id) {
    return subjects().stream()
        .filter(s -> s.id().equals(id))
        .map(Subject::label)
        .findFirst()
        .orElse(id);
  }

  /** A subject's short name for lists: the module's title, or "Nivel inicial". */
  public String subjectTitle(String id) {
    return Level.fromId(id).map(level -> "Nivel " + level.id()).orElseGet(() -> moduleTitle(id));
  }

  /** The sessions of these centers, soonest first. */
  public List<Sitting> sessions(Collection<Center> of) {
    Map<String, Center> byId =
        of.stream().collect(Collectors.toMap(Center::id, Function.identity(), (a, b) -> a));
    if (byId.isEmpty()) {
      return List.of();
    }
    return store.sessionsOf(byId.keySet()).stream()
        .map(s -> new Sitting(s, byId.get(s.centerId())))
        .toList();
  }

  /** Whether the session's day is over at its center (then it is listed as past). */
  public boolean past(Sitting sitting) {
    return sitting.session().date().isBefore(today(sitting.center()));
  }

  public Optional<Sitting> sitting(String sessionId) {
    return store
        .session(sessionId)
        .flatMap(s -> centers.find(s.centerId()).map(c -> new Sitting(s, c)));
  }

  /** Adds a session; refused with the reason when a field is wrong or the slot is taken. */
  public ExamSession create(
      String centerId, String subject, LocalDate date, LocalTime time, int capacity) {
    Center center = centers.find(centerId).orElseThrow(() -> new ExamException("Elige un centro."));
    check(center, subject, date, time, capacity);
    String id = ExamSession.idFor(centerId, date, time);
    if (store.session(id).isPresent()) {
      throw new ExamException(
          "Ya hay un examen en este centro el " + date + " a las " + time + ". Elige otra hora.");
    }
    ExamSession session = new ExamSession(id, centerId, subject, date, time, capacity, 0);
    store.saveSession(session);
    return session;
  }

  /**
   * Changes a session. Once someone booked it, only its capacity may change (and not below the
   * seats taken): learners were told the date, time and module.
   */
  public ExamSession edit(
      String sessionId, String subject, LocalDate date, LocalTime time, int capacity) {
    Sitting sitting =
        sitting(sessionId).orElseThrow(() -> new ExamException("Ese examen no existe."));
    ExamSession old = sitting.session();
    if (past(sitting)) {
      throw new ExamException("Este examen ya pasó; no se puede cambiar.");
    }
    boolean moved =
        !old.subject().equals(subject) || !old.date().equals(date) || !old.time().equals(time);
    if (old.booked() > 0 && moved) {
      throw new ExamException(
          "Ya hay "
              + old.booked()
              + " persona(s) inscrita(s): solo puedes cambiar el cupo. Para mover la fecha, crea"
              + " otro examen.");
    }
    check(sitting.center(), subject, date, time, capacity);
    if (capacity < old.booked()) {
      throw new ExamException(
          "El cupo no puede ser menor que las " + old.booked() + " personas ya inscritas.");
    }
    if (moved) {
      String clash = ExamSession.idFor(old.centerId(), date, time);
      if (!clash.equals(old.id()) && store.session(clash).isPresent()) {
        throw new ExamException(
            "Ya hay un examen en este centro el " + date + " a las " + time + ".");
      }
    }
    // The id stays: it is only a name, and bookings point to it.
    ExamSession changed =
        new ExamSession(old.id(), old.centerId(), subject, date, time, capacity, old.booked());
    store.saveSession(changed);
    return changed;
  }

  /** Who is booked on a session (cancelled bookings left out), by code. */
  public List<RosterLine> roster(String sessionId) {
    return store.roster(sessionId).stream()
        .map(b -> new RosterLine(b, names.displayName(b.learnerKey()), moduleTitle(b.moduleId())))
        .sorted(Comparator.comparing(l -> l.booking().code()))
        .toList();
  }

  /**
   * Checks a learner in at {@code sessionId}: the code typed or read from their QR, the full name
   * as on their ID (the certificate carries it).
   */
  public Booking checkIn(String sessionId, String typedCode, String fullName) {
    Booking booking = atSession(sessionId, typedCode);
    switch (booking.status()) {
      case BOOKED, CHECKED_IN -> {}
      case CANCELLED -> throw new ExamException("Esa cita fue cancelada por la persona.");
      case NO_SHOW -> throw new ExamException("Esa cita quedó como «no se presentó».");
      case PASSED, FAILED -> throw new ExamException("Esa persona ya tiene su resultado.");
    }
    String name = fullName.strip().replaceAll("\\s+", " ");
    if (name.length() < 5 || name.length() > 120 || !name.contains(" ")) {
      throw new ExamException(
          "Escribe el nombre completo tal como aparece en la identificación (nombre y apellidos).");
    }
    return bookings.checkIn(booking.code(), name);
  }

  /** Records a result at {@code sessionId}; the learner is told by the exam job. */
  public Booking recordResult(String sessionId, String typedCode, int score, boolean passed) {
    Booking booking = atSession(sessionId, typedCode);
    if (booking.status() != BookingStatus.CHECKED_IN
        && booking.status() != BookingStatus.PASSED
        && booking.status() != BookingStatus.FAILED) {
      throw new ExamException("Primero registra la llegada de esa persona.");
    }
    if (score < 0 || score > 100) {
      throw new ExamException("La calificación va de 0 a 100.");
    }
    Booking graded = bookings.recordResult(booking.code(), score, passed);
    resultsEntered.run();
    return graded;
  }

  /** The booking of {@code typedCode}, which must be for {@code sessionId}. */
  private Booking atSession(String sessionId, String typedCode) {
    String code =
        BookingCodes.parse(typedCode)
            .orElseThrow(
                () ->
                    new ExamException(
                        "Ese no parece un código de cita: son 6 letras y números, como K7P Q3M."));
    return store
        .booking(code)
        .filter(b -> b.sessionId().equals(sessionId))
        .orElseThrow(() -> new ExamException("El código " + code + " no es de este examen."));
  }

  private void check(Center center, String subject, LocalDate date, LocalTime time, int capacity) {
    if (subjects().stream().noneMatch(s -> s.id().equals(subject))) {
      throw new ExamException("Elige un módulo o un nivel.");
    }
    LocalDate today = today(center);
    if (date.isBefore(today)) {
      throw new ExamException("La fecha ya pasó: elige hoy o un día futuro.");
    }
    if (date.isAfter(today.plusYears(1))) {
      throw new ExamException("Programa exámenes con un año de anticipación como máximo.");
    }
    if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
      throw new ExamException("La hora de inicio va de 07:00 a 20:00.");
    }
    if (!LocalDateTime.of(date, time)
        .atZone(center.state().zone())
        .toInstant()
        .isAfter(clock.instant())) {
      throw new ExamException("Esa hora de hoy ya pasó.");
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new ExamException("El cupo va de 1 a " + MAX_CAPACITY + " lugares.");
    }
  }

  private LocalDate today(Center center) {
    return LocalDate.ofInstant(clock.instant(), center.state().zone());
  }

  private String moduleTitle(String moduleId) {
    return catalog.modules().stream()
        .filter(m -> m.id().equals(moduleId))
        .map(Catalog.ModuleCard::title)
        .findFirst()
        .orElse(moduleId);
  }
}
