package mx.aprende.bot.exam;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Development data: the sample centers and, at each, one exam session per level on each of the next
 * two Saturdays, so a learner in the simulator can book. Never used in production mode, where
 * centers and sessions come from the admin command ({@code ./tutor exam}).
 */
public final class SampleSessions {

  static final List<String> LEVELS = List.of("inicial", "intermedio", "avanzado");
  static final int CAPACITY = 15;

  private SampleSessions() {}

  /** Loads the sample centers if there are none, and sample sessions if none is upcoming. */
  public static void seedIfEmpty(Centers centers, ExamStore store, LocalDate today) {
    if (centers.all().isEmpty()) {
      centers.saveAll(CenterFile.sample());
    }
    if (!store.sessionsFrom(today).isEmpty()) {
      return;
    }
    List<ExamSession> sessions = new ArrayList<>();
    for (Center center : centers.all()) {
      sessions.addAll(sessionsFor(center, today));
    }
    store.saveSessions(sessions);
  }

  /** The sample sessions of one center: 9:00, 11:00 and 13:00 on the next two Saturdays. */
  static List<ExamSession> sessionsFor(Center center, LocalDate today) {
    LocalDate saturday = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    List<ExamSession> sessions = new ArrayList<>();
    for (LocalDate day : List.of(saturday, saturday.plusWeeks(1))) {
      LocalTime time = LocalTime.of(9, 0);
      for (String level : LEVELS) {
        sessions.add(
            new ExamSession(
                ExamSession.idFor(center.id(), day, time),
                center.id(),
                level,
                day,
                time,
                CAPACITY,
                0));
        time = time.plusHours(2);
      }
    }
    return sessions;
  }
}
