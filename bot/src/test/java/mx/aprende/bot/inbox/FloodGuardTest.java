package mx.aprende.bot.inbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mx.aprende.bot.inbox.FloodGuard.Verdict;
import org.junit.jupiter.api.Test;

class FloodGuardTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-28T15:00:00Z"));
  private final FloodGuard guard = new FloodGuard(new FloodGuard.Settings(3, 6), now::get);

  /** A burst passes, then one notice, then silence; other learners are unaffected. */
  @Test
  void oneNoticeThenSilence() {
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      verdicts.add(guard.admit("flooder"));
    }
    assertThat(
        verdicts,
        contains(
            Verdict.ALLOW,
            Verdict.ALLOW,
            Verdict.ALLOW,
            Verdict.NOTICE,
            Verdict.SILENCE,
            Verdict.SILENCE));
    assertThat(guard.admit("calm"), is(Verdict.ALLOW));
  }

  /** Once calm (tokens back at 6 a minute), messages pass again and a new flood gets a notice. */
  @Test
  void calmingDownRestoresService() {
    for (int i = 0; i < 5; i++) {
      guard.admit("L");
    }
    now.set(now.get().plusSeconds(10));
    assertThat(guard.admit("L"), is(Verdict.ALLOW));
    assertThat(guard.admit("L"), is(Verdict.NOTICE));
    assertThat(guard.admit("L"), is(Verdict.SILENCE));
  }
}
