package mx.aprende.bot.console.exams;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.console.ConsoleException;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Scope;
import mx.aprende.bot.console.access.Staff;
import mx.aprende.bot.exam.Center;
import mx.aprende.bot.exam.Coordinates;
import mx.aprende.bot.region.MexicanState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The session form's parsing and which centers each staff member runs. */
class SessionFormTest {

  private static final Center CUAUHTEMOC =
      new Center(
          "cdmx-01",
          "Plaza Cuauhtémoc",
          MexicanState.CIUDAD_DE_MEXICO,
          "Cuauhtémoc",
          "Calle 1",
          new Coordinates(19.43, -99.13),
          "L-V",
          "55",
          true);

  /** A well-filled form gives typed values (spaces around them are fine). */
  @Test
  void parsesAFilledForm() {
    assertThat(
        SessionForm.parse("intermedio", " 2026-12-05 ", "09:30", " 20 "),
        is(new SessionForm("intermedio", LocalDate.of(2026, 12, 5), LocalTime.of(9, 30), 20)));
  }

  /** Each row: the fields as sent → every problem named at once, in Spanish. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | 2026-12-05 | 09:30 | 20 | Elige el módulo o el nivel.",
        "inicial | 5/12/2026 | 09:30 | 20 | Escribe la fecha (día, mes y año).",
        "inicial | 2026-12-05 | 9 y media | veinte | Escribe la hora de inicio, como 09:00; escribe"
            + " el cupo con número.",
        "'' | '' | '' | '' | Elige el módulo o el nivel; escribe la fecha (día, mes y año); escribe"
            + " la hora de inicio, como 09:00; escribe el cupo con número.",
      })
  void namesEveryProblem(String subject, String date, String time, String capacity, String why) {
    ConsoleException e =
        assertThrows(
            ConsoleException.class, () -> SessionForm.parse(subject, date, time, capacity));
    assertThat(e.getMessage(), is(why));
  }

  /** Admins run every center; coordinators their state's or their own; tutors none. */
  @ParameterizedTest
  @CsvSource({
    "ADMIN, '', '', true",
    "COORDINATOR, 09, '', true",
    "COORDINATOR, 14, '', false",
    "COORDINATOR, '', cdmx-01, true",
    "COORDINATOR, '', cdmx-02, false",
    "TUTOR, 09, '', false",
  })
  void centerScope(Role role, String state, String center, boolean manages) {
    Scope scope =
        center.isEmpty()
            ? Scope.of(MexicanState.byCode(state).map(Set::of).orElse(Set.of()), Optional.empty())
            : new Scope.Center(center);
    assertThat(CenterScope.manages(new Staff("x", role, scope), CUAUHTEMOC), is(manages));
  }
}
