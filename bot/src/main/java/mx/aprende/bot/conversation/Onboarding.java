package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;
import mx.aprende.bot.region.StateMatcher;
import mx.aprende.content.text.TextFolding;

/**
 * The first conversation: welcome and privacy notice with consent, then name, age (15 or older),
 * state, goal, the placement quiz and a three-step tutorial. Nothing personal is kept before
 * consent; a refusal keeps only the refusal; someone under 15 is kindly referred and forgotten.
 */
final class Onboarding {

  static final String CONSENT_YES = "consent:yes";
  static final String CONSENT_NO = "consent:no";
  static final String CONSENT_INFO = "consent:info";
  static final String NAME_YES = "name:yes";
  static final String NAME_OTHER = "name:other";
  static final String AGE_YES = "age:yes";
  static final String AGE_NO = "age:no";
  static final String GOAL = "goal:";
  static final String PLACEMENT_START = "placement:start";
  static final String PLACEMENT_SKIP = "placement:skip";
  static final String TUTORIAL_OK = "tutorial:ok";
  static final String TUTORIAL_START = "tutorial:start";
  static final String TUTORIAL_MENU = "tutorial:menu";

  /** What {@code pending} holds when a name is typed from the settings, not during onboarding. */
  static final String FROM_SETTINGS = "settings";

  private final String privacyUrl;
  private final StateQuestion states;
  private final PlacementDialog placement;
  private final Studying studying;

  Onboarding(String privacyUrl, StateMatcher states, PlacementDialog placement, Studying studying) {
    this.privacyUrl = privacyUrl;
    this.states = new StateQuestion(states);
    this.placement = placement;
    this.studying = studying;
  }

  /** Before consent: the notice, the answer to it, and nothing else. */
  Conversation.Outcome beforeConsent(Session session, Turn turn) {
    if (session.step() == Step.NEW) {
      return new Conversation.Outcome(
          session.at(Step.CONSENT),
          List.of(consent(Texts.welcome(turn.profileName(), privacyUrl))));
    }
    if (session.step() == Step.REFUSED) {
      return new Conversation.Outcome(
          session.at(Step.CONSENT), List.of(consent(Texts.CONSENT_AGAIN)));
    }
    String answer = answerOf(turn.input());
    if (answer.equals(CONSENT_YES)) {
      Session accepted = session.with(Profile.EMPTY.withConsent(Profile.Consent.GIVEN, turn.at()));
      return askName(accepted, turn.profileName());
    }
    if (answer.equals(CONSENT_NO)) {
      Session refused =
          session
              .forgotten()
              .with(Profile.EMPTY.withConsent(Profile.Consent.REFUSED, turn.at()))
              .at(Step.REFUSED);
      return new Conversation.Outcome(refused, List.of(new Reply.Text(Texts.REFUSED)));
    }
    if (answer.equals(CONSENT_INFO)) {
      return new Conversation.Outcome(session, List.of(consent(Texts.moreInfo(privacyUrl))));
    }
    return new Conversation.Outcome(session, List.of(consent(Texts.CONSENT_PENDING)));
  }

  /** The consent buttons; typed "acepto", "sí", "no", "info" count too. */
  private static String answerOf(Inbound input) {
    return switch (input) {
      case Inbound.Choice choice -> choice.id();
      case Inbound.Text text -> {
        String words = TextFolding.words(text.body());
        if (words.contains("info") || words.equals("mas") || words.equals("aviso")) {
          yield CONSENT_INFO;
        }
        yield Command.yesOrNo(text.body()).map(yes -> yes ? CONSENT_YES : CONSENT_NO).orElse("");
      }
      default -> "";
    };
  }

  private static Reply consent(String body) {
    return new Reply.Buttons(
        body,
        List.of(
            Reply.Option.of(CONSENT_YES, Texts.ACCEPT),
            Reply.Option.of(CONSENT_NO, Texts.DECLINE),
            Reply.Option.of(CONSENT_INFO, Texts.MORE_INFO)));
  }

  private static Conversation.Outcome askName(Session session, Optional<String> profileName) {
    Optional<String> offered = profileName.map(Onboarding::cleanName).filter(n -> !n.isEmpty());
    if (offered.isPresent()) {
      return new Conversation.Outcome(
          session.at(Step.NAME),
          List.of(
              new Reply.Buttons(
                  Texts.callYou(offered.get()),
                  List.of(
                      Reply.Option.of(NAME_YES, Texts.YES),
                      Reply.Option.of(NAME_OTHER, Texts.OTHER_NAME)))));
    }
    return new Conversation.Outcome(
        session.at(Step.NAME_TYPED), List.of(new Reply.Text(Texts.ASK_NAME)));
  }

  /** "Ajustes → Cambiar mi nombre". */
  static Conversation.Outcome renameFromSettings(Session session) {
    return new Conversation.Outcome(
        session.at(Step.NAME_TYPED, FROM_SETTINGS), List.of(new Reply.Text(Texts.ASK_NAME)));
  }

  /** Consent given, profile not complete: the step the learner is on. */
  Conversation.Outcome answer(Session session, Turn turn) {
    Inbound input = turn.input();
    String choice = input instanceof Inbound.Choice c ? c.id() : "";
    String text = input instanceof Inbound.Text t ? t.body() : "";
    Optional<Boolean> yesNo = Command.yesOrNo(text);
    return switch (session.step()) {
      case NAME -> {
        if (choice.equals(NAME_YES) || yesNo.equals(Optional.of(true))) {
          Optional<String> name = turn.profileName().map(Onboarding::cleanName);
          yield name.filter(n -> !n.isEmpty())
              .map(n -> askAge(session.with(session.profile().withName(n))))
              .orElseGet(() -> askName(session, Optional.empty()));
        }
        if (choice.equals(NAME_OTHER) || yesNo.equals(Optional.of(false)) || text.isEmpty()) {
          yield askName(session, Optional.empty());
        }
        yield typedName(session, text);
      }
      case NAME_TYPED -> typedName(session, text);
      case AGE -> age(session, choice, text);
      case STATE -> states.answer(session, choice, text);
      case STATE_CONFIRM -> states.confirm(session, choice, yesNo);
      case GOAL -> goal(session, choice, text);
      case PLACEMENT_OFFER -> {
        if (choice.equals(PLACEMENT_START) || yesNo.equals(Optional.of(true))) {
          PlacementDialog.Result result = placement.start(session, turn.at());
          yield result.finished()
              ? tutorial(result.outcome().session(), result.outcome().replies())
              : result.outcome();
        }
        if (choice.equals(PLACEMENT_SKIP)
            || yesNo.equals(Optional.of(false))
            || Command.of(text).equals(Optional.of(Command.SKIP))) {
          yield tutorial(
              studying.withModule(session), List.of(new Reply.Text(Texts.PLACEMENT_SKIPPED)));
        }
        yield new Conversation.Outcome(session, List.of(placementOffer()));
      }
      case PLACEMENT -> {
        PlacementDialog.Result result = placement.answer(session, turn);
        yield result.finished()
            ? tutorial(result.outcome().session(), result.outcome().replies())
            : result.outcome();
      }
      case TUTORIAL_BUTTONS -> {
        if (!choice.isEmpty()) {
          yield new Conversation.Outcome(
              session.at(Step.TUTORIAL_MENU), List.of(new Reply.Text(Texts.TUTORIAL_MENU)));
        }
        yield skipOr(session, turn, tutorialButtons(Texts.TUTORIAL_BUTTONS_AGAIN));
      }
      case TUTORIAL_MENU -> {
        if (Command.of(text).equals(Optional.of(Command.MENU))) {
          yield new Conversation.Outcome(session.at(Step.TUTORIAL_HELP), List.of(ready()));
        }
        yield skipOr(session, turn, new Reply.Text(Texts.TUTORIAL_MENU_AGAIN));
      }
      case TUTORIAL_HELP -> {
        if (choice.equals(TUTORIAL_MENU) || Command.of(text).equals(Optional.of(Command.MENU))) {
          yield new Conversation.Outcome(
              session.at(Step.MENU), List.of(MainMenu.reply(Texts.MENU_BODY)));
        }
        yield studying.proceed(session.at(Step.MENU), turn.at(), List.of());
      }
      case NEW, CONSENT, REFUSED, MENU, LESSON, EXERCISE, QUESTION ->
          studying.proceed(session.at(Step.MENU), turn.at(), List.of());
    };
  }

  private Conversation.Outcome typedName(Session session, String text) {
    String name = cleanName(text);
    // A command word or a greeting is not a name ("menú" must not become "Menú").
    boolean notAName = Command.of(text).isPresent() || Command.isGreeting(text);
    if (name.isEmpty() || notAName || text.strip().split("\\s+").length > 4) {
      return new Conversation.Outcome(session, List.of(new Reply.Text(Texts.NAME_AGAIN)));
    }
    Session named = session.with(session.profile().withName(name));
    if (session.pending().equals(Optional.of(FROM_SETTINGS))) {
      return new Conversation.Outcome(
          named.at(Step.MENU), List.of(MainMenu.reply(Texts.nameSaved(name))));
    }
    return askAge(named);
  }

  private static Conversation.Outcome askAge(Session session) {
    return new Conversation.Outcome(
        session.at(Step.AGE),
        List.of(
            new Reply.Buttons(
                Texts.askAge(session.name().orElse("")),
                List.of(
                    Reply.Option.of(AGE_YES, Texts.AGE_YES),
                    Reply.Option.of(AGE_NO, Texts.AGE_NO)))));
  }

  private Conversation.Outcome age(Session session, String choice, String text) {
    Optional<Boolean> adult =
        choice.equals(AGE_YES)
            ? Optional.of(true)
            : choice.equals(AGE_NO) ? Optional.of(false) : typedAge(text);
    if (adult.isEmpty()) {
      return askAge(session);
    }
    if (!adult.get()) {
      return new Conversation.Outcome(
          session.forgotten(), List.of(new Reply.Text(Texts.UNDER_AGE)));
    }
    return new Conversation.Outcome(
        session.at(Step.STATE), List.of(new Reply.Text(Texts.ASK_STATE)));
  }

  /** "Sí", "no", or an age typed as a number ("tengo 34"). */
  private static Optional<Boolean> typedAge(String text) {
    String digits = text.replaceAll("[^0-9]", "");
    if (!digits.isEmpty() && digits.length() <= 3) {
      return Optional.of(Integer.parseInt(digits) >= 15);
    }
    return Command.yesOrNo(text);
  }

  static Reply goalQuestion(String body) {
    return new Reply.Buttons(
        body,
        List.of(
            Reply.Option.of(GOAL + "primaria", Texts.PRIMARIA),
            Reply.Option.of(GOAL + "secundaria", Texts.SECUNDARIA),
            Reply.Option.of(GOAL + "unsure", Texts.UNSURE)));
  }

  private Conversation.Outcome goal(Session session, String choice, String text) {
    String words = TextFolding.words(text);
    Optional<Profile.Goal> goal =
        switch (choice.isEmpty() ? words : choice.substring(choice.indexOf(':') + 1)) {
          case "primaria", "la primaria" -> Optional.of(Profile.Goal.PRIMARIA);
          case "secundaria", "la secundaria" -> Optional.of(Profile.Goal.SECUNDARIA);
          case "unsure", "no se", "nose", "no lo se" -> Optional.of(Profile.Goal.UNSURE);
          default -> Optional.empty();
        };
    if (goal.isEmpty()) {
      return new Conversation.Outcome(session, List.of(goalQuestion(Texts.GOAL_AGAIN)));
    }
    Session chosen = session.with(session.profile().withGoal(goal.get())).at(Step.PLACEMENT_OFFER);
    return new Conversation.Outcome(chosen, List.of(placementOffer()));
  }

  private static Reply placementOffer() {
    return new Reply.Buttons(
        Texts.PLACEMENT_OFFER,
        List.of(
            Reply.Option.of(PLACEMENT_START, Texts.START),
            Reply.Option.of(PLACEMENT_SKIP, Texts.SKIP)));
  }

  private static Conversation.Outcome tutorial(Session session, List<Reply> before) {
    List<Reply> replies = new java.util.ArrayList<>(before);
    replies.add(tutorialButtons(Texts.TUTORIAL_BUTTONS));
    return new Conversation.Outcome(session.at(Step.TUTORIAL_BUTTONS), replies);
  }

  private static Reply tutorialButtons(String body) {
    return new Reply.Buttons(body, List.of(Reply.Option.of(TUTORIAL_OK, Texts.GOT_IT)));
  }

  private static Reply ready() {
    return new Reply.Buttons(
        Texts.TUTORIAL_HELP,
        List.of(
            Reply.Option.of(TUTORIAL_START, Texts.START),
            Reply.Option.of(TUTORIAL_MENU, Texts.SEE_MENU)));
  }

  /** "Saltar" leaves the tutorial for the first lesson; anything else gets {@code again}. */
  private Conversation.Outcome skipOr(Session session, Turn turn, Reply again) {
    if (turn.input() instanceof Inbound.Text t
        && Command.of(t.body()).equals(Optional.of(Command.SKIP))) {
      return studying.proceed(session.at(Step.MENU), turn.at(), List.of());
    }
    return new Conversation.Outcome(session, List.of(again));
  }

  /**
   * A name as people write it: letters, spaces, apostrophes and hyphens, each word capitalised, at
   * most 30 characters; WhatsApp formatting marks removed. Only the first word is used to greet.
   */
  static String cleanName(String raw) {
    String letters = raw.replaceAll("[^\\p{L} '\\-]", " ").strip().replaceAll("\\s+", " ");
    if (letters.isEmpty()) {
      return "";
    }
    String first = Texts.firstWord(letters);
    String lower = first.toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
