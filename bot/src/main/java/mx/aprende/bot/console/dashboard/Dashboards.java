package mx.aprende.bot.console.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The whole coordinator dashboard: the learning figures from one source, and the exam calendar,
 * results and the funnel's exam stages from {@link ExamFigures}.
 *
 * <p>The calendar lists upcoming sessions only: from today (or the range's first day, if later) to
 * the range's last day, or to {@link #CALENDAR_AHEAD_DAYS} days ahead when the range ends sooner
 * (the default range, the last 30 days, would otherwise show no upcoming session). Results are for
 * sessions dated within the range.
 */
public final class Dashboards implements DashboardSource {

  /** How far ahead the calendar looks when the range ends before that. */
  static final int CALENDAR_AHEAD_DAYS = 56;

  private final DashboardSource learning;
  private final ExamFigures exams;

  public Dashboards(DashboardSource learning, ExamFigures exams) {
    this.learning = learning;
    this.exams = exams;
  }

  @Override
  public Dashboard compute(DashboardQuery q) {
    Dashboard d = learning.compute(q);
    LocalDate today = q.today();
    LocalDate first = q.firstDay().isAfter(today) ? q.firstDay() : today;
    LocalDate horizon = today.plusDays(CALENDAR_AHEAD_DAYS);
    LocalDate last = q.lastDay().isAfter(horizon) ? q.lastDay() : horizon;
    ExamFigures.Later later = exams.funnel(q.learners(), q.to());
    List<Dashboard.Stage> funnel = new ArrayList<>(d.funnel());
    funnel.add(new Dashboard.Stage("Examen agendado", OptionalLong.of(later.booked())));
    funnel.add(new Dashboard.Stage("Aprobado", OptionalLong.of(later.passed())));
    funnel.add(new Dashboard.Stage("Certificado de nivel", OptionalLong.of(later.certified())));
    return d.withExams(
        funnel,
        exams.calendar(q.centers(), first, last),
        exams.results(q.centers(), q.firstDay(), q.lastDay()));
  }
}
