package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingCodesTest {

  /** Codes are six characters without the look-alikes 0, O, 1 and I. */
  @Test
  void codesAvoidLookAlikes() {
    BookingCodes codes = new BookingCodes(new SplittableRandom(7));
    for (int i = 0; i < 5_000; i++) {
      String code = codes.next();
      assertThat(code, code.matches("[2-9A-HJ-NP-Z]{6}"), is(true));
    }
  }

  /** Many drawn codes are all different (the store's unique key catches the rare clash). */
  @Test
  void codesAreDistinct() {
    BookingCodes codes = new BookingCodes(new SplittableRandom(11));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      seen.add(codes.next());
    }
    assertThat(seen.size() >= 19_995, is(true));
  }

  /** Typed codes are normalised; look-alikes and wrong lengths are refused, not guessed. */
  @ParameterizedTest
  @CsvSource({
    "k7p q3m, K7PQ3M",
    "K7P-Q3M, K7PQ3M",
    "' K7PQ3M ', K7PQ3M",
    "K7PQ3O, ''",
    "K7PQ30, ''",
    "K7PQ3I, ''",
    "K7PQ31, ''",
    "K7PQ3, ''",
    "K7PQ3MM, ''"
  })
  void parse(String typed, String expected) {
    assertThat(
        BookingCodes.parse(typed),
        is(expected.isEmpty() ? Optional.empty() : Optional.of(expected)));
  }
}
