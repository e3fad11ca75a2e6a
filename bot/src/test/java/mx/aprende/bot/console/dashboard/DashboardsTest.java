package mx.aprende.bot.console.dashboard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dashboard asks the exams port for upcoming sessions (never past ones, at least eight weeks
 * ahead), results of the range itself, and appends the exam stages to the learning funnel.
 */
class DashboardsTest {

  /** 12:00 UTC on 28 Nov is 06:00 the same day in central Mexico. */
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  static Stream<Arguments> ranges() {
    return Stream.of(
        // The default range, the last 30 days: the calendar looks 8 weeks ahead of today.
        Arguments.of(TODAY.minusDays(29), TODAY, TODAY, TODAY.plusDays(56)),
        // A range reaching further ahead: the calendar follows it.
        Arguments.of(TODAY.minusDays(5), TODAY.plusDays(90), TODAY, TODAY.plusDays(90)),
        // A future range: the calendar starts at its first day.
        Arguments.of(
            TODAY.plusDays(10), TODAY.plusDays(100), TODAY.plusDays(10), TODAY.plusDays(100)),
        // A past range: still today's upcoming sessions.
        Arguments.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), TODAY, TODAY.plusDays(56)));
  }

  /** One row: a range and the calendar window asked of the exams port. */
  @ParameterizedTest(name = "{0}..{1} → calendar {2}..{3}")
  @MethodSource("ranges")
  void calendarWindow(
      LocalDate firstDay, LocalDate lastDay, LocalDate calendarFrom, LocalDate calendarTo) {
    List<LocalDate> asked = new ArrayList<>();
    ExamFigures exams =
        new ExamFigures() {
          @Override
          public List<Dashboard.ExamSlot> calendar(
              CenterScope centers, LocalDate first, LocalDate last) {
            asked.add(first);
            asked.add(last);
            return List.of();
          }

          @Override
          public List<Dashboard.ExamResult> results(
              CenterScope centers, LocalDate first, LocalDate last) {
            asked.add(first);
            asked.add(last);
            return List.of();
          }

          @Override
          public Later funnel(Optional<Set<String>> learners, Instant before) {
            return new Later(3, 2, 1);
          }
        };
    Dashboard d =
        new Dashboards(q -> learningOnly(), exams)
            .compute(
                new DashboardQuery(
                    Optional.empty(), new CenterScope.All(), firstDay, lastDay, NOW));

    assertThat(asked, is(List.of(calendarFrom, calendarTo, firstDay, lastDay)));
    assertThat(
        d.funnel().stream().map(s -> s.count().getAsLong()).toList(), is(List.of(9L, 3L, 2L, 1L)));
  }

  private static Dashboard learningOnly() {
    return new Dashboard(
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        List.of(),
        List.of(),
        List.of(new Dashboard.Stage("Inscritos", OptionalLong.of(9))),
        List.of(),
        List.of(),
        List.of());
  }
}
