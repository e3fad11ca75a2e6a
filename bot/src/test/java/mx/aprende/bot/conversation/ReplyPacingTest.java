package mx.aprende.bot.conversation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyPacingTest {

  private static final List<Reply.Option> YES_NO =
      List.of(Reply.Option.of("y", "Sí"), Reply.Option.of("n", "No"));
  private static final List<Reply.Option> ROWS = List.of(Reply.Option.of("a", "Uno", "El primero"));

  /** One row: the replies of a turn and what is sent after merging. */
  record Case(String label, List<Reply> replies, List<Reply> expected) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static Reply.Text text(String body) {
    return new Reply.Text(body);
  }

  private static String chars(int n) {
    return "a".repeat(n);
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("nothing", List.of(), List.of()),
        new Case("one text stays", List.of(text("Hola")), List.of(text("Hola"))),
        new Case(
            "three texts become one",
            List.of(text("Uno"), text("Dos"), text("Tres")),
            List.of(text("Uno\n\nDos\n\nTres"))),
        new Case(
            "text then buttons: folded into the body",
            List.of(text("¡Muy bien!"), new Reply.Buttons("¿Otra?", YES_NO)),
            List.of(new Reply.Buttons("¡Muy bien!\n\n¿Otra?", YES_NO))),
        new Case(
            "text then list: folded into the body",
            List.of(text("Hola"), new Reply.Menu("Elige", "Ver", ROWS)),
            List.of(new Reply.Menu("Hola\n\nElige", "Ver", ROWS))),
        new Case(
            "texts exactly filling 4096 merge",
            List.of(text(chars(2000)), text(chars(2094))),
            List.of(text(chars(2000) + "\n\n" + chars(2094)))),
        new Case(
            "one character over 4096: two messages",
            List.of(text(chars(2000)), text(chars(2095))),
            List.of(text(chars(2000)), text(chars(2095)))),
        new Case(
            "text too long for an interactive body stays apart",
            List.of(text(chars(1013)), new Reply.Buttons("¿Seguimos?", YES_NO)),
            List.of(text(chars(1013)), new Reply.Buttons("¿Seguimos?", YES_NO))),
        new Case(
            "interactive body exactly 1024 merges",
            List.of(text(chars(1000)), new Reply.Buttons(chars(22), YES_NO)),
            List.of(new Reply.Buttons(chars(1000) + "\n\n" + chars(22), YES_NO))),
        new Case(
            "buttons then text: order kept, not merged",
            List.of(new Reply.Buttons("¿Listo?", YES_NO), text("Te espero.")),
            List.of(new Reply.Buttons("¿Listo?", YES_NO), text("Te espero."))),
        new Case(
            "two interactive messages keep their own options",
            List.of(new Reply.Buttons("A", YES_NO), new Reply.Menu("B", "Ver", ROWS)),
            List.of(new Reply.Buttons("A", YES_NO), new Reply.Menu("B", "Ver", ROWS))),
        new Case(
            "a typical turn: praise, explanation, next question → one message",
            List.of(
                text("¡Correcto! 🎉"),
                text("7 + 5 = 12 porque..."),
                new Reply.Buttons("¿Cuánto es 8 + 6?", YES_NO)),
            List.of(
                new Reply.Buttons(
                    "¡Correcto! 🎉\n\n7 + 5 = 12 porque...\n\n¿Cuánto es 8 + 6?", YES_NO))),
        new Case(
            "a long lesson then a menu: two messages",
            List.of(text(chars(3000)), text("Resumen"), new Reply.Menu("Elige", "Ver", ROWS)),
            List.of(text(chars(3000) + "\n\nResumen"), new Reply.Menu("Elige", "Ver", ROWS))));
  }

  /** Each turn's replies are merged as far as WhatsApp's limits allow, in reading order. */
  @ParameterizedTest
  @MethodSource("cases")
  void merges(Case row) {
    assertThat(ReplyPacing.merge(row.replies()), is(row.expected()));
  }
}
