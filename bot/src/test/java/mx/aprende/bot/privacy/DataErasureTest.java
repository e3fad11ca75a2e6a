package mx.aprende.bot.privacy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Conversations;
import mx.aprende.bot.conversation.Course;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.LearnerModel;
import mx.aprende.bot.conversation.PlacementQuiz;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.Turn;
import mx.aprende.bot.testing.MemorySessions;
import mx.aprende.bot.testing.Ports;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.tutor.Tutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataErasureTest {

  /** The usual ways to ask are recognised with accents, capitals and typos; others are not. */
  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "borrar mis datos, true",
    "Borrar mis datos, true",
    "BORRAR MIS DATOS!!, true",
    "borar mis datos, true",
    "borrar mis dattos, true",
    "Eliminar mis datos, true",
    "eliminar mi información, true",
    "quiero borrar mis datos, true",
    "borrar mi cuenta, true",
    "borrar, false",
    "mis datos, false",
    "borrar mis dudas, false",
    "baja, false",
    "cómo borro un número, false",
  })
  void recognisesTheRequest(String typed, boolean request) {
    assertThat(DataErasure.isRequest(typed), is(request));
  }

  /**
   * Through the use case: the request asks for confirmation; "Sí" erases and no session is saved
   * again; "No" keeps everything.
   */
  @Test
  void confirmationThenErasureLeavesNoSession() {
    MemorySessions sessions = new MemorySessions();
    Map<String, Session> saved = sessions.sessions();
    List<String> erased = new ArrayList<>();
    LearnerDataEraser eraser =
        new LearnerDataEraser(
            key -> List.of(),
            tallies -> {},
            List.of(
                new PersonalData() {
                  @Override
                  public String name() {
                    return "sessions";
                  }

                  @Override
                  public long erase(String learnerKey) {
                    erased.add(learnerKey);
                    return saved.remove(learnerKey) == null ? 0 : 1;
                  }
                }));
    Conversations conversations =
        new Conversations(
            sessions,
            new Conversation(
                new Conversation.Parts(
                    new Course(TestBots.curriculum()),
                    Catalog.from(TestBots.curriculum()),
                    q -> new Tutor.Answer("", Optional.empty()),
                    Ports.unused(LearnerModel.class),
                    Ports.unused(PlacementQuiz.class),
                    "https://example.org/privacidad")),
            new DataErasure(eraser));
    Instant t = Instant.parse("2026-11-28T15:00:00Z");
    conversations.handle(Turn.text("ana", "m1", t, "Ana", "hola"));
    assertThat(saved.containsKey("ana"), is(true));

    Conversation.Outcome ask =
        conversations.handle(Turn.text("ana", "m2", t.plusSeconds(5), "Ana", "borar mis datos"));
    assertThat(ask.replies().getFirst(), instanceOf(Reply.Buttons.class));
    assertThat(((Reply.Buttons) ask.replies().getFirst()).body(), is(DataErasure.CONFIRM));
    assertThat(saved.get("ana").lastSeen(), is(t.plusSeconds(5)));

    Conversation.Outcome no = conversations.handle(choice(t.plusSeconds(9), DataErasure.NO));
    assertThat(no.replies(), is(List.of(new Reply.Text(DataErasure.KEPT))));
    assertThat(erased, is(List.of()));

    Conversation.Outcome yes = conversations.handle(choice(t.plusSeconds(20), DataErasure.YES));
    assertThat(yes.replies(), is(List.of(new Reply.Text(DataErasure.ERASED))));
    assertThat(erased, is(List.of("ana")));
    assertThat(saved.containsKey("ana"), is(false));
  }

  private static Turn choice(Instant at, String id) {
    return new Turn("ana", "m-" + at, at, Optional.of("Ana"), new Inbound.Choice(id, id));
  }
}
