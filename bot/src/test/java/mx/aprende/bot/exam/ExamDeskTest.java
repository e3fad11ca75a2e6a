package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Optional;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.qr.QrImages;
import org.junit.jupiter.api.Test;

class ExamDeskTest {

  private static final String ANA = "5215500000001";
  private final ExamFixture f = new ExamFixture();

  /** A learner the engine finds ready is offered the exam by the module's name. */
  @Test
  void readyLearnerIsOffered() {
    f.ready(ANA, "fracciones");
    List<Reply> replies = tap("menu:exam");
    Reply.Buttons offer = (Reply.Buttons) replies.getFirst();
    assertThat(
        offer.body(), startsWith("¡Ya estás listo para el examen de *Fracciones y porcentajes*!"));
    assertThat(offer.options().getFirst().id(), is("exam:states:0"));
    assertThat(f.desk.offer("fracciones").toString(), containsString("Fracciones y porcentajes"));
  }

  /** A learner not ready sees the next step and the skills still missing. */
  @Test
  void notReadySeesWhatIsMissing() {
    f.notYet(ANA, "fracciones", "practicar *Sumar fracciones*", List.of("Sumar fracciones"));
    Reply.Buttons answer = (Reply.Buttons) tap("menu:exam").getFirst();
    assertThat(answer.body(), containsString("Todavía no estás listo"));
    assertThat(answer.body(), containsString("Lo que sigue: practicar *Sumar fracciones*."));
    assertThat(answer.body(), containsString("• Sumar fracciones"));
  }

  /** Inputs that are not the exam's are left to the conversation. */
  @Test
  void otherInputsAreNotAnswered() {
    assertThat(f.desk.answer(ANA, new Inbound.Text("hola")), is(Optional.empty()));
    assertThat(
        f.desk.answer(ANA, new Inbound.Choice("menu:lesson", "Seguir")), is(Optional.empty()));
  }

  /** A shared location lists the three nearest centers with their map links. */
  @Test
  void locationListsNearestThree() {
    f.ready(ANA, "fracciones");
    List<Reply> replies =
        f.desk.answer(ANA, new Inbound.Location(19.3467, -99.1617, Optional.empty())).orElseThrow();
    Reply.Menu menu = (Reply.Menu) replies.getFirst();
    assertThat(
        menu.options().stream().map(Reply.Option::id).toList(),
        contains("exam:center:cdmx-02", "exam:center:cdmx-01", "exam:center:cdmx-03"));
    assertThat(menu.body(), containsString("https://www.google.com/maps/search/?api=1&query="));
    assertThat(menu.body().length() <= 1024, is(true));
  }

  /** State, then municipality, then the center's card and its dates. */
  @Test
  void stateMunicipalityCenter() {
    f.ready(ANA, "fracciones");
    Reply.Menu states = (Reply.Menu) tap("exam:states:0").getFirst();
    assertThat(states.options(), hasSize(10));
    assertThat(states.options().getLast().id(), is("exam:states:1"));
    Reply.Menu municipalities = (Reply.Menu) tap("exam:state:15").getFirst();
    assertThat(
        municipalities.options().stream().map(Reply.Option::title).toList(),
        contains("Ecatepec de Morelos", "Nezahualcóyotl", "Toluca"));
    List<Reply> center = tap("exam:muni:15:0");
    assertThat(((Reply.Text) center.get(0)).body(), containsString("Plaza Comunitaria Ecatepec"));
    assertThat(((Reply.Text) center.get(0)).body(), containsString("centro de ejemplo"));
    Reply.Menu dates = (Reply.Menu) center.get(1);
    // Only the intermediate-level sessions (two Saturdays) cover this module.
    assertThat(dates.options(), hasSize(2));
    assertThat(dates.options().getFirst().id(), startsWith("exam:book:mex-02-2026-12-05-"));
    assertThat(dates.options().getFirst().title(), is("sáb 5 dic 11:00"));
  }

  /** Every state is reachable through the pages of the state list. */
  @Test
  void allStatesArePaged() {
    int states = 0;
    for (int page = 0; page < 4; page++) {
      states +=
          (int)
              ((Reply.Menu) tap("exam:states:" + page).getFirst())
                  .options().stream().filter(o -> o.id().startsWith("exam:state:")).count();
    }
    assertThat(states, is(32));
  }

  /** Booking sends the code as a QR image, says what to bring, and takes one seat. */
  @Test
  void bookingSendsCodeAndQr() throws Exception {
    f.ready(ANA, "fracciones");
    String sessionId = "mex-02-2026-12-05-1100";
    List<Reply> replies = tap("exam:book:" + sessionId + ":fracciones");
    String text = ((Reply.Text) replies.getFirst()).body();
    Booking booking = f.store.bookingsOf(ANA).getFirst();
    assertThat(text, containsString(ExamTexts.spaced(booking.code())));
    assertThat(text, containsString("identificación con foto"));
    assertThat(text, containsString("CURP"));
    assertThat(text, containsString("Sábado 5 de diciembre, 11:00 h"));
    assertThat(f.sent, hasSize(1));
    assertThat(f.sent.getFirst().kind(), is("image"));
    assertThat(QrImages.decode(f.sent.getFirst().bytes()), is(booking.code()));
    assertThat(f.store.session(sessionId).orElseThrow().booked(), is(1));
  }

  /** A learner cannot book a module the engine does not find ready. */
  @Test
  void notReadyCannotBook() {
    f.notYet(ANA, "fracciones", "aprender *Leer fracciones*", List.of());
    tap("exam:book:mex-02-2026-12-05-1100:fracciones");
    assertThat(f.store.bookingsOf(ANA), is(List.of()));
  }

  /** Cancelling asks first, then frees the seat. */
  @Test
  void cancelFreesTheSeat() {
    f.ready(ANA, "fracciones");
    tap("exam:book:mex-02-2026-12-05-1100:fracciones");
    String code = f.store.bookingsOf(ANA).getFirst().code();
    assertThat(tap("exam:cancel:" + code).getFirst(), instanceOf(Reply.Buttons.class));
    assertThat(f.store.booking(code).orElseThrow().status(), is(BookingStatus.BOOKED));
    tap("exam:cancelyes:" + code);
    assertThat(f.store.booking(code).orElseThrow().status(), is(BookingStatus.CANCELLED));
    assertThat(f.store.session("mex-02-2026-12-05-1100").orElseThrow().booked(), is(0));
  }

  /** Rescheduling moves the seat to the new date with a new code. */
  @Test
  void rescheduleMovesTheSeat() {
    f.ready(ANA, "fracciones");
    tap("exam:book:mex-02-2026-12-05-1100:fracciones");
    String code = f.store.bookingsOf(ANA).getFirst().code();
    Reply.Menu dates = (Reply.Menu) tap("exam:resched:" + code).getFirst();
    assertThat(
        dates.options().getFirst().id(), is("exam:move:" + code + ":mex-02-2026-12-12-1100"));
    f.now.set(ExamFixture.START.plusSeconds(60));
    tap("exam:move:" + code + ":mex-02-2026-12-12-1100");
    assertThat(f.store.booking(code).orElseThrow().status(), is(BookingStatus.CANCELLED));
    Booking moved = f.store.bookingsOf(ANA).getFirst();
    assertThat(moved.code(), is(not(code)));
    assertThat(moved.sessionId(), is("mex-02-2026-12-12-1100"));
    assertThat(f.store.session("mex-02-2026-12-05-1100").orElseThrow().booked(), is(0));
    assertThat(f.store.session("mex-02-2026-12-12-1100").orElseThrow().booked(), is(1));
  }

  /** With a booking, the menu item shows it instead of offering a new one. */
  @Test
  void menuShowsUpcomingBooking() {
    f.ready(ANA, "fracciones");
    tap("exam:book:mex-02-2026-12-05-1100:fracciones");
    String body = ((Reply.Text) tap("menu:exam").getFirst()).body();
    assertThat(body, containsString("Tienes cita para el examen de *Fracciones y porcentajes*"));
  }

  private List<Reply> tap(String id) {
    return f.desk.answer(ANA, new Inbound.Choice(id, "x")).orElseThrow();
  }
}
