package mx.aprende.bot.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

  private static final Backoff BACKOFF =
      new Backoff(Duration.ofMillis(500), Duration.ofSeconds(60), 10);

  /** The un-jittered wait doubles per attempt from the base and stops at the cap. */
  @ParameterizedTest
  @CsvSource({"1, 500", "2, 1000", "3, 2000", "4, 4000", "7, 32000", "8, 60000", "30, 60000"})
  void ceilingDoublesUpToTheCap(int attempt, long millis) {
    assertThat(BACKOFF.ceiling(attempt), is(Duration.ofMillis(millis)));
  }

  /** Jittered waits stay between half and all of the ceiling, whatever the random draws. */
  @ParameterizedTest
  @CsvSource({"1", "2", "5", "8", "12"})
  void jitterStaysWithinHalfAndFullCeiling(int attempt) {
    SplittableRandom random = new SplittableRandom(attempt);
    Duration ceiling = BACKOFF.ceiling(attempt);
    for (int i = 0; i < 1_000; i++) {
      Duration delay = BACKOFF.delay(attempt, random);
      assertThat(delay, greaterThanOrEqualTo(ceiling.dividedBy(2)));
      assertThat(delay, lessThanOrEqualTo(ceiling));
    }
  }

  /** The same seed gives the same waits (tests and replays are deterministic). */
  @ParameterizedTest
  @CsvSource({"3, 42", "6, 7"})
  void seededRandomIsRepeatable(int attempt, long seed) {
    assertThat(
        BACKOFF.delay(attempt, new SplittableRandom(seed)),
        is(BACKOFF.delay(attempt, new SplittableRandom(seed))));
  }
}
