package mx.aprende.bot.exam;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One exam sitting at a center.
 *
 * @param id stable id, e.g. {@code ags-01-2026-12-05-0900}
 * @param centerId where
 * @param subject a module id (that module's exam) or a level id ({@code inicial}, {@code
 *     intermedio}, {@code avanzado}: any module of that level)
 * @param date local date at the center
 * @param time local start time at the center
 * @param capacity seats
 * @param booked seats taken (changed only by the store's atomic seat operations)
 */
public record ExamSession(
    String id,
    String centerId,
    String subject,
    LocalDate date,
    LocalTime time,
    int capacity,
    int booked) {

  public ExamSession {
    if (!id.matches("[A-Za-z0-9-]{2,60}")) {
      throw new ExamException("a session id is 2 to 60 letters, digits or '-': " + id);
    }
    if (capacity < 0 || booked < 0) {
      throw new ExamException("capacity and seats booked cannot be negative");
    }
  }

  /** The usual id: center, date and time. */
  public static String idFor(String centerId, LocalDate date, LocalTime time) {
    return centerId
        + "-"
        + date
        + "-"
        + String.format("%02d%02d", time.getHour(), time.getMinute());
  }

  /** Whether a learner can sit the exam of {@code moduleId} (of level {@code levelId}) here. */
  public boolean covers(String moduleId, String levelId) {
    return subject.equals(moduleId) || subject.equals(levelId);
  }

  public int seatsLeft() {
    return Math.max(0, capacity - booked);
  }
}
