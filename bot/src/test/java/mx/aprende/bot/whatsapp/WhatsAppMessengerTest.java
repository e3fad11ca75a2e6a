package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import mx.aprende.bot.outbox.SendOutcome;
import mx.aprende.bot.whatsapp.client.GraphApiException;
import mx.aprende.bot.whatsapp.client.GraphError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhatsAppMessengerTest {

  /**
   * Each Graph error code becomes the outbox outcome of reference §7: halt on token/account
   * problems, window closed on 131047, retries for throttling and transient errors, park the rest.
   */
  @ParameterizedTest
  @CsvSource({
    "190, 401, Halt, true",
    "368, 403, Halt, true",
    "131031, 403, Halt, true",
    "131047, 400, WindowClosed, true",
    "130429, 429, Retry, true",
    "131056, 400, Retry, false",
    "131016, 503, Retry, false",
    "131000, 500, Retry, false",
    "999999, 500, Retry, false",
    "131026, 400, Permanent, true",
    "100, 400, Permanent, true",
    "132001, 404, Permanent, true",
  })
  void graphErrorsBecomeOutcomes(int code, int http, String kind, boolean everyoneOrFinal) {
    GraphError error =
        new GraphError(
            http,
            code,
            Optional.empty(),
            "test",
            Optional.of("OAuthException"),
            Optional.empty(),
            Optional.empty());
    SendOutcome outcome = WhatsAppMessenger.outcome(new GraphApiException(error));
    assertThat(outcome.getClass().getSimpleName(), is(kind));
    if (outcome instanceof SendOutcome.Retry retry) {
      assertThat(retry.everyone(), is(everyoneOrFinal));
      assertThat(retry.reason().startsWith("graph_" + code), is(true));
    }
  }
}
