package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.content.text.TextFolding;

/**
 * Decides what to answer to one turn, given the learner's session. No I/O of its own: the tutor and
 * the engine are ports, and the turn carries its time, so every rule is a table test.
 *
 * <p>Today: greeting by name, the main menu, module browsing with the engine's first step,
 * questions answered from the curriculum, kind replies to media, and opting out. Items of the menu
 * whose feature does not exist yet say so honestly.
 */
public final class Conversation {

  private static final Set<String> MODULE_WORDS =
      Set.of("modulos", "modulo", "niveles", "nivel", "temas");
  private static final Set<String> MENU_WORDS =
      Set.of("menu", "menus", "manu", "meni", "opciones", "inicio", "empezar", "volver");

  /** Inputs that need no answer: a deleted message, a number change notice. */
  private static final Set<String> SILENT_KINDS = Set.of("revoke", "system");

  private static final Set<String> GREETINGS =
      Set.of(
          "hola", "ola", "buenas", "buenos dias", "buenas tardes", "buenas noches", "hi", "hello");

  /** The outcome of one turn: the session to save and the replies to send, in order. */
  public record Outcome(Session session, List<Reply> replies) {
    public Outcome {
      replies = List.copyOf(replies);
    }
  }

  /**
   * A self-contained dialog (exams, reminder settings, the study guide): it answers the inputs it
   * owns ({@code menu:exam}, {@code exam:...}, {@code menu:settings}, {@code rem:...}, a shared
   * location...) and leaves the rest to us. Dialogs see every turn of a known learner first.
   */
  public interface Dialog {
    Optional<List<Reply>> answer(String learnerKey, Inbound input);
  }

  private final ModuleBrowser modules;
  private final Tutor tutor;
  private final List<Dialog> dialogs;

  public Conversation(Catalog catalog, Tutor tutor, NextActivity engine) {
    this(catalog, tutor, engine, List.of());
  }

  public Conversation(Catalog catalog, Tutor tutor, NextActivity engine, List<Dialog> dialogs) {
    this.modules = new ModuleBrowser(catalog, engine);
    this.tutor = tutor;
    this.dialogs = List.copyOf(dialogs);
  }

  public Outcome respond(Optional<Session> known, Turn turn) {
    Session session = known.orElseGet(() -> Session.first(turn.learnerKey(), turn.at()));
    Session next = session.touched(turn.at());
    if (session.optedOut()) {
      return OptOut.whileOut(next, turn.input(), turn.profileName());
    }
    if (!session.isNew() && OptOut.isRequest(turn.input())) {
      return new Outcome(next, List.of(OptOut.confirm()));
    }
    Optional<Outcome> confirmation = OptOut.answer(next, turn.input());
    if (confirmation.isPresent()) {
      return confirmation.get();
    }
    return new Outcome(next, replies(session, turn));
  }

  private List<Reply> replies(Session session, Turn turn) {
    if (session.isNew()) {
      return List.of(
          new Reply.Text(Texts.welcome(turn.profileName())), MainMenu.reply(Texts.MENU_BODY));
    }
    // Self-contained dialogs (exams, reminder settings, the study guide) answer what they own.
    for (Dialog dialog : dialogs) {
      Optional<List<Reply>> answer = dialog.answer(turn.learnerKey(), turn.input());
      if (answer.isPresent()) {
        return answer.get();
      }
    }
    return switch (turn.input()) {
      case Inbound.Text text -> answerText(text, turn);
      case Inbound.Choice choice -> answerChoice(choice, turn.learnerKey());
      case Inbound.Location location -> List.of(new Reply.Text(Texts.LOCATION_RECEIVED));
      case Inbound.Media media -> List.of(new Reply.Text(Texts.media(media.kind())));
      case Inbound.Reaction reaction -> List.of();
      case Inbound.Other other when SILENT_KINDS.contains(other.kind()) -> List.of();
      case Inbound.Other other -> List.of(new Reply.Text(Texts.UNSUPPORTED));
    };
  }

  private List<Reply> answerText(Inbound.Text text, Turn turn) {
    String words = fold(text.body());
    if (GREETINGS.contains(words)) {
      return List.of(MainMenu.reply(Texts.welcomeBack(turn.profileName())));
    }
    if (MODULE_WORDS.contains(words)) {
      return List.of(modules.levels());
    }
    if (MENU_WORDS.contains(words)) {
      return List.of(MainMenu.reply(Texts.MENU_BODY));
    }
    if (words.isEmpty()) {
      return List.of(MainMenu.reply(Texts.MENU_BODY));
    }
    // Anything else is a question: answer it from the curriculum.
    Tutor.Answer answer =
        tutor.answer(new Tutor.Question(turn.learnerKey(), text.body(), Optional.empty()));
    return List.of(new Reply.Text(answer.text() + Texts.AFTER_ANSWER));
  }

  private List<Reply> answerChoice(Inbound.Choice choice, String learnerKey) {
    if (choice.id().equals(MainMenu.PREFIX + MainMenu.QUESTION)) {
      return List.of(new Reply.Text(Texts.ASK_YOUR_QUESTION));
    }
    if (choice.id().equals(MainMenu.PREFIX + MainMenu.LESSON)) {
      // No lessons to continue yet: show where one can start.
      return List.of(new Reply.Text(Texts.NO_LESSON_YET), modules.levels());
    }
    Optional<List<Reply>> browsing = modules.answer(learnerKey, choice.id());
    if (browsing.isPresent()) {
      return browsing.get();
    }
    return MainMenu.find(choice.id())
        .<List<Reply>>map(item -> List.of(new Reply.Text(Texts.comingSoon(item.title()))))
        .orElseGet(() -> List.of(MainMenu.reply(Texts.MENU_BODY)));
  }

  /** Lower case, no accents, no punctuation, single spaces: how people type on a phone. */
  static String fold(String text) {
    return TextFolding.words(text);
  }
}
