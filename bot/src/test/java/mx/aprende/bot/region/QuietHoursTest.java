package mx.aprende.bot.region;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTest {
  private static final QuietHours QUIET = QuietHours.DEFAULT;

  /**
   * 2026-07-01T02:30Z is 21:30 in Cancún (UTC−5, quiet), 20:30 in Mexico City (UTC−6) and 19:30 in
   * Hermosillo and Tijuana (UTC−7 in July).
   */
  @ParameterizedTest
  @CsvSource({
    "QUINTANA_ROO, true",
    "CIUDAD_DE_MEXICO, false",
    "CHIHUAHUA, false",
    "SONORA, false",
    "BAJA_CALIFORNIA, false"
  })
  void theSameInstantIsQuietInCancunOnly(MexicanState state, boolean quiet) {
    assertThat(QUIET.isQuiet(Instant.parse("2026-07-01T02:30:00Z"), state), is(quiet));
  }

  /** The window crosses midnight: 21:00 up to 07:59 is quiet, 08:00 to 20:59 is not. */
  @ParameterizedTest
  @CsvSource({
    "20:59, false",
    "21:00, true",
    "23:59, true",
    "00:00, true",
    "03:00, true",
    "07:59, true",
    "08:00, false",
    "12:00, false"
  })
  void quietHoursCrossMidnight(LocalTime local, boolean quiet) {
    Instant instant =
        local
            .atDate(LocalDate.of(2026, 3, 10))
            .atZone(ZoneId.of("America/Mexico_City"))
            .toInstant();
    assertThat(QUIET.isQuiet(instant, MexicanState.CIUDAD_DE_MEXICO), is(quiet));
  }

  /** The next allowed instant is 08:00 local the right day, in each of Mexico's four zones. */
  @ParameterizedTest
  @CsvSource({
    // 22:00 CST on Jan 14 -> 08:00 CST Jan 15 = 14:00Z
    "CIUDAD_DE_MEXICO, 2026-01-15T04:00:00Z, 2026-01-15T14:00:00Z",
    // 06:00 CST -> 08:00 the same day
    "JALISCO, 2026-01-15T12:00:00Z, 2026-01-15T14:00:00Z",
    // 23:00 EST on Jan 14 in Cancún -> 08:00 EST = 13:00Z
    "QUINTANA_ROO, 2026-01-15T04:00:00Z, 2026-01-15T13:00:00Z",
    // 21:00 MST in Hermosillo -> 08:00 MST = 15:00Z
    "SONORA, 2026-01-15T04:00:00Z, 2026-01-15T15:00:00Z",
    // 22:00 PST in Tijuana -> 08:00 PST = 16:00Z
    "BAJA_CALIFORNIA, 2026-01-15T06:00:00Z, 2026-01-15T16:00:00Z",
    // 23:00 PDT in Tijuana in July -> 08:00 PDT = 15:00Z
    "BAJA_CALIFORNIA, 2026-07-01T06:00:00Z, 2026-07-01T15:00:00Z",
    // 22:00 PST on Mar 7, clocks spring forward that night -> 08:00 PDT Mar 8 = 15:00Z
    "BAJA_CALIFORNIA, 2026-03-08T06:00:00Z, 2026-03-08T15:00:00Z",
    // 20:00 PST: not quiet, allowed at once
    "BAJA_CALIFORNIA, 2026-01-15T04:00:00Z, 2026-01-15T04:00:00Z"
  })
  void nextAllowedInstantInEachZone(MexicanState state, Instant from, Instant expected) {
    Instant next = QUIET.nextAllowed(from, state);
    assertThat(next, is(expected));
    assertThat(QUIET.isQuiet(next, state), is(false));
  }

  /** A custom window works, including one that does not cross midnight and an empty one. */
  @Test
  void theWindowIsConfigurable() {
    ZoneId mexicoCity = ZoneId.of("America/Mexico_City");
    Instant at1330 = Instant.parse("2026-05-05T19:30:00Z");
    QuietHours siesta = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
    assertThat(siesta.isQuiet(at1330, mexicoCity), is(true));
    assertThat(siesta.nextAllowed(at1330, mexicoCity), is(Instant.parse("2026-05-05T21:00:00Z")));
    QuietHours late = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
    Instant at2130 = Instant.parse("2026-05-06T03:30:00Z");
    assertThat(late.isQuiet(at2130, mexicoCity), is(false));
    assertThat(QUIET.isQuiet(at2130, mexicoCity), is(true));
    QuietHours never = new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0));
    assertThat(never.isQuiet(at2130, mexicoCity), is(false));
    assertThat(never.nextAllowed(at2130, mexicoCity), is(at2130));
  }
}
