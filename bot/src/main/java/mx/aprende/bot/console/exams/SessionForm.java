package mx.aprende.bot.console.exams;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import mx.aprende.bot.console.ConsoleException;

/**
 * The fields of the exam session form, parsed. Every problem found is named at once (in Spanish) so
 * staff fix the form in one go; the rules that need the center and the calendar (past dates,
 * opening hours, taken slots) are {@link mx.aprende.bot.exam.ExamDay}'s.
 *
 * @param subject a module or level id
 * @param date the day
 * @param time the start time
 * @param capacity the seats
 */
public record SessionForm(String subject, LocalDate date, LocalTime time, int capacity) {

  /**
   * Parses the form as the browser sends it ({@code yyyy-MM-dd}, {@code HH:mm}).
   *
   * @throws ConsoleException listing every field that is missing or malformed
   */
  public static SessionForm parse(String subject, String date, String time, String capacity) {
    List<String> problems = new ArrayList<>();
    if (subject.isBlank()) {
      problems.add("elige el módulo o el nivel");
    }
    LocalDate day = null;
    try {
      day = LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      problems.add("escribe la fecha (día, mes y año)");
    }
    LocalTime start = null;
    try {
      start = LocalTime.parse(time.strip());
    } catch (DateTimeParseException e) {
      problems.add("escribe la hora de inicio, como 09:00");
    }
    int seats = 0;
    try {
      seats = Integer.parseInt(capacity.strip());
    } catch (NumberFormatException e) {
      problems.add("escribe el cupo con número");
    }
    if (!problems.isEmpty()) {
      String all = String.join("; ", problems);
      throw new ConsoleException(Character.toUpperCase(all.charAt(0)) + all.substring(1) + ".");
    }
    return new SessionForm(subject.strip(), day, start, seats);
  }
}
