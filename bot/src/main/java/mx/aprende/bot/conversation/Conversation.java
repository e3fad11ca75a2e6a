package mx.aprende.bot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.region.StateMatcher;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.content.answer.AnswerChecker;

/**
 * Decides what to answer to one turn, given the learner's session. No I/O of its own: the tutor and
 * the engine are ports, and the turn carries its time, so every rule is a table test.
 *
 * <p>Order of precedence: opting out; consent (nothing else before it); "baja" and its
 * confirmation; onboarding; then buttons, command words (anywhere), and the step the learner is on
 * (lesson, exercise, menu). A learner back after {@link #AWAY} is greeted with where they stopped.
 */
public final class Conversation {

  /** After this long without writing, a learner is greeted with where they stopped. */
  static final Duration AWAY = Duration.ofHours(6);

  private static final String SETTINGS_REMINDERS = "settings:reminders";
  private static final String SETTINGS_NAME = "settings:name";

  /** The outcome of one turn: the session to save and the replies to send, in order. */
  public record Outcome(Session session, List<Reply> replies) {
    public Outcome {
      replies = List.copyOf(replies);
    }
  }

  /**
   * A feature's own dialog beside the journey (exams, reminder settings, the study guide): it
   * answers the inputs it owns ({@code menu:exam}, {@code exam:...}, {@code menu:settings}, {@code
   * rem:...}, {@code menu:guide}) and leaves the rest to us.
   */
  @FunctionalInterface
  public interface Dialog {
    /** A dialog that owns nothing. */
    Dialog NONE = (learnerKey, input) -> Optional.empty();

    Optional<List<Reply>> answer(String learnerKey, Inbound input);
  }

  /**
   * What the conversation needs.
   *
   * @param course the curriculum: lessons and exercises
   * @param catalog modules as the module browser lists them
   * @param tutor answers free questions
   * @param engine the adaptive engine: next activity, attempts, mastery
   * @param placement the engine's placement quiz
   * @param privacyUrl where the full privacy notice is published
   * @param exams the exam dialog (readiness, centers, booking); also gets shared locations
   * @param reminders the reminder settings dialog (Ajustes → Recordatorios)
   * @param guide the study guide dialog (the current unit's PDF)
   */
  public record Parts(
      Course course,
      Catalog catalog,
      Tutor tutor,
      LearnerModel engine,
      PlacementQuiz placement,
      String privacyUrl,
      Dialog exams,
      Dialog reminders,
      Dialog guide) {

    /** The journey alone, without the features' dialogs. */
    public Parts(
        Course course,
        Catalog catalog,
        Tutor tutor,
        LearnerModel engine,
        PlacementQuiz placement,
        String privacyUrl) {
      this(
          course,
          catalog,
          tutor,
          engine,
          placement,
          privacyUrl,
          Dialog.NONE,
          Dialog.NONE,
          Dialog.NONE);
    }
  }

  private final ModuleBrowser modules;
  private final Onboarding onboarding;
  private final Studying studying;
  private final Practice practice;
  private final Questions questions;
  private final ProgressReport progress;
  private final Handoffs handoffs;
  private final Dialog exams;
  private final Dialog reminders;

  public Conversation(Parts parts) {
    AnswerChecker checker = new AnswerChecker();
    this.exams = parts.exams();
    this.reminders = parts.reminders();
    this.handoffs = new Handoffs(parts.exams(), parts.reminders(), parts.guide());
    this.modules = new ModuleBrowser(parts.catalog(), parts.engine());
    this.questions = new Questions(parts.tutor());
    this.studying = new Studying(parts.course(), parts.engine());
    this.practice = new Practice(parts.course(), parts.engine(), checker, questions, studying);
    this.progress = new ProgressReport(parts.course(), parts.engine());
    this.onboarding =
        new Onboarding(
            parts.privacyUrl(),
            new StateMatcher(),
            new PlacementDialog(parts.course(), parts.placement(), checker, studying),
            studying);
  }

  public Outcome respond(Optional<Session> known, Turn turn) {
    Session session = known.orElseGet(() -> Session.first(turn.learnerKey(), turn.at()));
    Session next = session.touched(turn.at());
    if (session.optedOut()) {
      return OptOut.whileOut(next, turn.input(), next.name().or(turn::profileName));
    }
    if (!next.consented()) {
      return onboarding.beforeConsent(next, turn);
    }
    if (OptOut.isRequest(turn.input())) {
      return new Outcome(next, List.of(OptOut.confirm()));
    }
    Optional<Outcome> confirmation = OptOut.answer(next, turn.input());
    if (confirmation.isPresent()) {
      return confirmation.get();
    }
    if (next.step().onboarding()) {
      return onboarding.answer(next, turn);
    }
    boolean away = Duration.between(session.lastSeen(), turn.at()).compareTo(AWAY) >= 0;
    return switch (turn.input()) {
      case Inbound.Choice choice -> choice(next, turn, choice);
      case Inbound.Text text -> text(next, turn, text, away);
      case Inbound.Location location ->
          exams
              .answer(next.learnerKey(), location)
              .map(replies -> new Outcome(next, replies))
              .orElseGet(() -> InputReplies.answer(next, location));
      case Inbound.Media media -> InputReplies.answer(next, media);
      case Inbound.Reaction reaction -> InputReplies.answer(next, reaction);
      case Inbound.Other other -> InputReplies.answer(next, other);
    };
  }

  private Outcome choice(Session session, Turn turn, Inbound.Choice choice) {
    String id = choice.id();
    // The features' own buttons (exam:..., rem:...) go back to the dialog that sent them.
    for (Dialog dialog : List.of(exams, reminders)) {
      if (!id.startsWith(MainMenu.PREFIX)) {
        Optional<List<Reply>> answer = dialog.answer(session.learnerKey(), choice);
        if (answer.isPresent()) {
          return new Outcome(session, answer.get());
        }
      }
    }
    if (id.startsWith(MainMenu.PREFIX)) {
      return menuItem(session, turn, id.substring(MainMenu.PREFIX.length()));
    }
    if (id.startsWith(ModuleBrowser.STUDY)) {
      String module = id.substring(ModuleBrowser.STUDY.length());
      Session chosen = session.with(Study.NONE.inModule(module));
      return studying.next(chosen, turn.at(), List.of());
    }
    Optional<List<Reply>> browsing = modules.answer(session.learnerKey(), id);
    if (browsing.isPresent()) {
      return new Outcome(session, browsing.get());
    }
    return switch (id) {
      case Studying.LESSON_NEXT ->
          session.step() == Step.LESSON
              ? studying.nextChunk(session, turn.at())
              : studying.proceed(session, turn.at(), List.of());
      case ExerciseView.HINT -> practice.hint(session);
      case ExerciseView.AGAIN -> practice.again(session, Texts.TRY_AGAIN);
      case ExerciseView.SOLUTION -> practice.solution(session, turn.at());
      case Studying.MENU -> menu(session);
      case SETTINGS_REMINDERS -> handoffs.reminders(session);
      case SETTINGS_NAME -> Onboarding.renameFromSettings(session);
      case ExerciseView.NEXT, Studying.RESUME -> studying.proceed(session, turn.at(), List.of());
      default -> {
        if (session.step() == Step.EXERCISE && id.startsWith("option-")) {
          yield practice.answer(session, id, turn.at());
        }
        // A stale button from an earlier message: carry on from where the learner is.
        yield studying.proceed(session, turn.at(), List.of());
      }
    };
  }

  private Outcome menuItem(Session session, Turn turn, String item) {
    return switch (item) {
      case MainMenu.LESSON -> studying.proceed(session, turn.at(), List.of());
      case MainMenu.PRACTICE -> studying.proceed(session, turn.at(), List.of());
      case MainMenu.REVIEW -> studying.review(session, turn.at());
      case MainMenu.PROGRESS -> progress(session);
      case MainMenu.QUESTION ->
          new Outcome(session.at(Step.QUESTION), List.of(new Reply.Text(Texts.ASK_YOUR_QUESTION)));
      case MainMenu.EXAM -> handoffs.exam(session);
      case MainMenu.TUTOR -> handoffs.humanHelp(session, turn.at());
      case MainMenu.GUIDE -> handoffs.guide(session);
      case MainMenu.SETTINGS ->
          new Outcome(
              session,
              List.of(
                  new Reply.Buttons(
                      "⚙️ *Ajustes*. ¿Qué quieres cambiar?",
                      List.of(
                          Reply.Option.of(SETTINGS_REMINDERS, "Recordatorios"),
                          Reply.Option.of(SETTINGS_NAME, "Mi nombre")))));
      default -> menu(session);
    };
  }

  private Outcome text(Session session, Turn turn, Inbound.Text text, boolean away) {
    Optional<Command> command =
        Command.of(text.body()).filter(c -> !practice.typedOwnAnswer(session, text.body()));
    if (command.isPresent()) {
      return command(session, turn, command.get());
    }
    if (away || Command.isGreeting(text.body())) {
      return resume(session);
    }
    return switch (session.step()) {
      case EXERCISE -> practice.answer(session, text.body(), turn.at());
      case LESSON ->
          new Outcome(
              session,
              List.of(
                  questions.answer(session, text.body()),
                  new Reply.Buttons(
                      Texts.BACK_TO_LESSON,
                      List.of(Reply.Option.of(Studying.LESSON_NEXT, Texts.NEXT)))));
      default -> question(session, text.body());
    };
  }

  private Outcome question(Session session, String body) {
    Reply answer = questions.answer(session, body);
    if (session.study().exercise().isPresent() || session.study().lesson().isPresent()) {
      return new Outcome(
          session.at(Step.MENU), List.of(answer, Studying.continueButtons(Texts.MENU_PENDING)));
    }
    Reply.Text text = (Reply.Text) answer;
    return new Outcome(
        session.at(Step.QUESTION), List.of(new Reply.Text(text.body() + Texts.AFTER_ANSWER)));
  }

  private Outcome command(Session session, Turn turn, Command command) {
    return switch (command) {
      case MENU -> menu(session);
      case MODULES -> new Outcome(session, List.of(modules.levels()));
      case HELP -> handoffs.humanHelp(session, turn.at());
      case HINT -> practice.hint(session);
      case REPEAT ->
          switch (session.step()) {
            case EXERCISE -> practice.again(session, "");
            case LESSON -> studying.showChunk(session, List.of());
            default -> studying.proceed(session, turn.at(), List.of());
          };
      case SKIP -> practice.skip(session, turn.at());
      case PROGRESS -> progress(session);
      case LEAVE -> new Outcome(session, List.of(OptOut.confirm()));
      case ERASE -> handoffs.eraseData(session);
    };
  }

  private Outcome menu(Session session) {
    return new Outcome(session.at(Step.MENU), List.of(MainMenu.reply(Texts.MENU_BODY)));
  }

  private Outcome progress(Session session) {
    Session placed = studying.withModule(session);
    return new Outcome(placed, List.of(progress.report(placed)));
  }

  /** "¡Hola de nuevo, Ana! Te quedaste en…" with Seguir / Menú. */
  private Outcome resume(Session session) {
    Optional<String> where = studying.whereStopped(session);
    if (where.isEmpty()) {
      return new Outcome(session, List.of(MainMenu.reply(Texts.welcomeBack(session.name()))));
    }
    return new Outcome(
        session, List.of(Studying.continueButtons(Texts.resume(session.name(), where.get()))));
  }
}
