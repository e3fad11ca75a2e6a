package mx.aprende.bot.console.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.helidon.http.Status;
import java.util.Optional;
import mx.aprende.bot.console.learners.SendResult;
import org.junit.jupiter.api.Test;

/** Each reason a reply was refused reads differently, in Spanish, with its own next step. */
class RefusalTest {

  /** An accepted message is no refusal. */
  @Test
  void acceptedIsNoRefusal() {
    assertThat(Refusal.of(new SendResult.Accepted("staff.1#0")), is(Optional.empty()));
  }

  /** A closed window says why and offers the template, the only thing that reaches the learner. */
  @Test
  void closedWindowOffersTheTemplate() {
    Refusal r = Refusal.of(new SendResult.WindowClosed()).orElseThrow();
    assertThat(r.title(), containsString("ventana de 24 horas está cerrada"));
    assertThat(r.advice(), containsString("Envía la plantilla aprobada"));
    assertThat(r.offerTemplate(), is(true));
    assertThat(r.status(), is(Status.CONFLICT_409));
  }

  /** A message over the limit says the limit and asks to shorten it; no template. */
  @Test
  void tooLongSaysTheLimit() {
    Refusal r = Refusal.of(new SendResult.TooLong(4096)).orElseThrow();
    assertThat(r.title(), containsString("demasiado largo"));
    assertThat(r.advice(), containsString("4096 caracteres"));
    assertThat(r.offerTemplate(), is(false));
  }

  /** A storage failure says nothing was saved and to try again. */
  @Test
  void unavailableAsksToRetry() {
    Refusal r = Refusal.of(new SendResult.Unavailable()).orElseThrow();
    assertThat(r.advice(), containsString("no se guardó"));
    assertThat(r.offerTemplate(), is(false));
    assertThat(r.status(), is(Status.SERVICE_UNAVAILABLE_503));
  }
}
