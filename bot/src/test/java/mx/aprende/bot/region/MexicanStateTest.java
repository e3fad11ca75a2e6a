package mx.aprende.bot.region;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.aprende.content.text.TextFolding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MexicanStateTest {
  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

  /** There are 32 states with the INEGI codes 01 to 32 in order. */
  @Test
  void thirtyTwoStatesInInegiOrder() {
    MexicanState[] states = MexicanState.values();
    assertThat(states.length, is(32));
    for (int i = 0; i < states.length; i++) {
      assertThat(states[i].code(), is(String.format("%02d", i + 1)));
      assertThat(MexicanState.byCode(states[i].code()), is(Optional.of(states[i])));
    }
    assertThat(MexicanState.byCode("9"), is(Optional.of(MexicanState.CIUDAD_DE_MEXICO)));
    assertThat(MexicanState.byCode("33"), is(Optional.empty()));
  }

  /** The abbreviations people type are all present and name one state each. */
  @Test
  void abbreviationsAreUnique() {
    long all = Arrays.stream(MexicanState.values()).mapToLong(s -> s.abbreviations().size()).sum();
    Set<String> distinct =
        Arrays.stream(MexicanState.values())
            .flatMap(s -> s.abbreviations().stream())
            .map(TextFolding::words)
            .collect(Collectors.toSet());
    assertThat((long) distinct.size(), is(all));
    assertThat(
        distinct.containsAll(
            Set.of(
                "cdmx", "edomex", "nl", "qro", "qroo", "bc", "bcs", "coah", "chih", "jal", "mich",
                "ver", "yuc", "slp", "tamps", "ags")),
        is(true));
  }

  /** Each state's UTC offsets in winter and summer 2026 match Mexico's four time zones. */
  @ParameterizedTest
  @CsvSource({
    "QUINTANA_ROO, -05:00, -05:00",
    "BAJA_CALIFORNIA, -08:00, -07:00",
    "SONORA, -07:00, -07:00",
    "BAJA_CALIFORNIA_SUR, -07:00, -07:00",
    "SINALOA, -07:00, -07:00",
    "NAYARIT, -07:00, -07:00",
    "CHIHUAHUA, -06:00, -06:00",
    "CIUDAD_DE_MEXICO, -06:00, -06:00",
    "NUEVO_LEON, -06:00, -06:00",
    "YUCATAN, -06:00, -06:00",
    "JALISCO, -06:00, -06:00"
  })
  void offsetsFollowTheFourZones(MexicanState state, String winter, String summer) {
    var rules = state.zone().getRules();
    assertThat(rules.getOffset(Instant.parse("2026-01-15T12:00:00Z")), is(ZoneOffset.of(winter)));
    assertThat(rules.getOffset(Instant.parse("2026-07-15T12:00:00Z")), is(ZoneOffset.of(summer)));
  }

  /** States on central time keep Mexico City's clock every day from 2023 to 2030 (no DST). */
  @ParameterizedTest
  @EnumSource(
      value = MexicanState.class,
      names = {
        "QUINTANA_ROO",
        "BAJA_CALIFORNIA",
        "SONORA",
        "BAJA_CALIFORNIA_SUR",
        "SINALOA",
        "NAYARIT"
      },
      mode = EnumSource.Mode.EXCLUDE)
  void centralStatesKeepMexicoCitysClock(MexicanState state) {
    for (Instant day = Instant.parse("2023-01-01T12:00:00Z");
        day.isBefore(Instant.parse("2031-01-01T00:00:00Z"));
        day = day.plus(1, ChronoUnit.DAYS)) {
      assertThat(
          state + " " + day,
          state.zone().getRules().getOffset(day),
          is(MEXICO_CITY.getRules().getOffset(day)));
    }
  }
}
