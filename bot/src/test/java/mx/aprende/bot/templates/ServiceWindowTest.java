package mx.aprende.bot.templates;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceWindowTest {

  /** Free-form is allowed strictly less than 24 hours after the learner's last message. */
  @ParameterizedTest(name = "{0}: last {1}, now {2} -> free-form {3}")
  @CsvSource({
    "just wrote,        2026-11-28T15:00:00Z, 2026-11-28T15:00:00Z, true",
    "one hour later,    2026-11-28T15:00:00Z, 2026-11-28T16:00:00Z, true",
    "a second before,   2026-11-28T15:00:00Z, 2026-11-29T14:59:59Z, true",
    "exactly 24 hours,  2026-11-28T15:00:00Z, 2026-11-29T15:00:00Z, false",
    "a day and a bit,   2026-11-28T15:00:00Z, 2026-11-29T15:00:01Z, false",
    "two days,          2026-11-28T15:00:00Z, 2026-11-30T15:00:00Z, false",
    "learner clock ahead, 2026-11-28T15:00:05Z, 2026-11-28T15:00:00Z, true",
  })
  void freeFormOnlyInsideTheWindow(String label, Instant lastInbound, Instant now, boolean open) {
    assertThat(ServiceWindow.WHATSAPP.allowsFreeForm(lastInbound, now), is(open));
  }

  /** The window closes 24 hours after the learner's message, whatever we sent since. */
  @Test
  void closesADayAfterTheLearnersMessage() {
    Instant wrote = Instant.parse("2026-11-28T23:30:00Z");
    assertThat(ServiceWindow.WHATSAPP.closesAt(wrote), is(Instant.parse("2026-11-29T23:30:00Z")));
  }
}
