package mx.aprende.bot.conversation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.learning.LearningPath;
import mx.aprende.bot.testing.FakeClock;
import mx.aprende.bot.testing.MemoryEngine;
import mx.aprende.bot.testing.MemorySessions;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Exercise;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * A readable conversation test: the learner says or taps something, the bot's replies are checked
 * in order. Runs the real conversation over the shipped curriculum and the real adaptive engine (in
 * memory), with a fake clock and a tutor that echoes the question it got.
 *
 * <pre>{@code
 * ConversationScript.start()
 *     .learner("hola").expect(buttons(containsString("Acepto"), "Acepto", "No acepto", "Más info"))
 *     .taps("Acepto").expect(buttons(containsString("¿Te llamo *Ana*?"), "Sí", "Otro nombre"));
 * }</pre>
 */
final class ConversationScript {

  static final Instant START = Instant.parse("2026-11-30T16:00:00Z");
  static final String PRIVACY_URL = "https://aprende.example/privacidad";
  static final String LEARNER = "5215512345678";

  /** A tutor that answers with the question it got, citing a lesson, so tests see it arrive. */
  static final Tutor ECHO_TUTOR =
      question ->
          new Tutor.Answer(
              "Respuesta a: " + question.question(),
              Optional.of(new Tutor.Source("l1", "Los números", "Contar en grupos")));

  private final FakeClock clock;
  private final SessionStore sessions;
  private final Conversation conversation;
  private final String profileName;
  private List<Reply> last = List.of();
  private int messages;

  private ConversationScript(
      FakeClock clock, SessionStore sessions, Conversation conversation, String profileName) {
    this.clock = clock;
    this.sessions = sessions;
    this.conversation = conversation;
    this.profileName = profileName;
  }

  /** A new learner called "Ana López" on WhatsApp, on a fresh engine. */
  static ConversationScript start() {
    FakeClock clock = new FakeClock(START);
    return new ConversationScript(
        clock,
        new MemorySessions(),
        conversation(clock, MemoryEngine.learningPath(curriculum(), clock)),
        "Ana López");
  }

  /** A new learner on a fresh engine, with {@code tutor} answering questions and hints. */
  static ConversationScript start(Tutor tutor) {
    FakeClock clock = new FakeClock(START);
    return new ConversationScript(
        clock,
        new MemorySessions(),
        conversation(clock, MemoryEngine.learningPath(curriculum(), clock), tutor),
        "Ana López");
  }

  /** The same learner and engine with another session store and a newly built conversation. */
  static ConversationScript over(SessionStore store, FakeClock clock, LearningPath engine) {
    return new ConversationScript(clock, store, conversation(clock, engine), "Ana López");
  }

  static Curriculum curriculum() {
    return TestBots.curriculum();
  }

  static Conversation conversation(FakeClock clock, LearningPath engine) {
    return conversation(clock, engine, ECHO_TUTOR);
  }

  static Conversation conversation(FakeClock clock, LearningPath engine, Tutor tutor) {
    Curriculum curriculum = curriculum();
    return new Conversation(
        new Conversation.Parts(
            new Course(curriculum), Catalog.from(curriculum), tutor, engine, engine, PRIVACY_URL));
  }

  /** The learner types {@code text}. */
  ConversationScript learner(String text) {
    return sends(new Inbound.Text(text));
  }

  /** The learner taps the option titled {@code title} in the bot's last replies. */
  ConversationScript taps(String title) {
    for (Reply reply : last) {
      for (Reply.Option option : options(reply)) {
        if (option.title().equals(title)) {
          return sends(new Inbound.Choice(option.id(), option.title()));
        }
      }
    }
    throw new AssertionError("No option titled '" + title + "' in " + last);
  }

  /** The learner sends {@code input} (media, location, a choice by id...). */
  ConversationScript sends(Inbound input) {
    clock.advance(Duration.ofSeconds(20));
    messages++;
    Turn turn =
        new Turn(LEARNER, "wamid." + messages, clock.instant(), Optional.of(profileName), input);
    last = new Conversations(sessions, conversation).handle(turn).replies();
    last.forEach(ConversationScript::withinWhatsAppLimits);
    return this;
  }

  /**
   * Every reply the bot writes fits WhatsApp's limits, so no turn relies on the channel's guard.
   */
  static void withinWhatsAppLimits(Reply reply) {
    switch (reply) {
      case Reply.Text t -> assertThat(t.body(), t.body().length(), lessThanOrEqualTo(4096));
      case Reply.Buttons b -> {
        assertThat(b.body(), b.body().length(), lessThanOrEqualTo(1024));
        assertThat(b.body(), b.options().size(), lessThanOrEqualTo(3));
        b.options().forEach(o -> assertThat(o.title(), o.title().length(), lessThanOrEqualTo(20)));
      }
      case Reply.Document d ->
          assertThat(d.caption(), d.caption().length(), lessThanOrEqualTo(1024));
      case Reply.Menu m -> {
        assertThat(m.body(), m.body().length(), lessThanOrEqualTo(1024));
        assertThat(m.buttonLabel().length(), lessThanOrEqualTo(20));
        assertThat(m.body(), m.options().size(), lessThanOrEqualTo(10));
        for (Reply.Option o : m.options()) {
          assertThat(o.title(), o.title().length(), lessThanOrEqualTo(24));
          o.description().ifPresent(d -> assertThat(d, d.length(), lessThanOrEqualTo(72)));
        }
      }
    }
  }

  /** Time passes without messages. */
  ConversationScript after(Duration pause) {
    clock.advance(pause);
    return this;
  }

  /** The bot's last replies match {@code matchers}, one each, in order. */
  @SafeVarargs
  final ConversationScript expect(Matcher<? super Reply>... matchers) {
    assertThat(describe(), last, hasSize(matchers.length));
    for (int i = 0; i < matchers.length; i++) {
      assertThat(describe(), last.get(i), matchers[i]);
    }
    return this;
  }

  /** The bot's last reply (of several) matches {@code matcher}. */
  ConversationScript expectLast(Matcher<? super Reply> matcher) {
    assertThat(describe(), last.isEmpty(), org.hamcrest.Matchers.is(false));
    assertThat(describe(), last.getLast(), matcher);
    return this;
  }

  /** Some reply of the last turn matches {@code matcher}. */
  ConversationScript expectSome(Matcher<? super Reply> matcher) {
    assertThat(describe(), last, org.hamcrest.Matchers.hasItem(matcher));
    return this;
  }

  List<Reply> replies() {
    return last;
  }

  Session session() {
    return sessions.find(LEARNER).orElseThrow();
  }

  SessionStore sessions() {
    return sessions;
  }

  FakeClock clock() {
    return clock;
  }

  /** The exercise the learner is answering. */
  Exercise exercise() {
    String id = session().study().exercise().orElseThrow(() -> new AssertionError("no exercise"));
    return curriculum().exercise(id).orElseThrow();
  }

  /** Answers the exercise waiting, right. */
  ConversationScript answersRight() {
    return learner(Answers.right(exercise(), session().study().shown()));
  }

  /** Answers the exercise waiting, wrong (with a known misconception when it has one). */
  ConversationScript answersWrong() {
    return learner(Answers.wrong(exercise(), session().study().shown()));
  }

  /** Onboarding with consent, name, age, Jalisco, Primaria, no placement, tutorial done. */
  ConversationScript onboarded() {
    return learner("hola")
        .taps("Acepto")
        .taps("Sí")
        .taps("Sí, 15 o más")
        .learner("Jalisco")
        .taps("Sí")
        .taps("Primaria")
        .taps("Saltar")
        .taps("Entendido")
        .learner("menú")
        .taps("Empezar");
  }

  private String describe() {
    return "replies: " + last;
  }

  static List<Reply.Option> options(Reply reply) {
    return switch (reply) {
      case Reply.Buttons b -> b.options();
      case Reply.Menu m -> m.options();
      case Reply.Text t -> List.of();
      case Reply.Document d -> List.of();
    };
  }

  static String body(Reply reply) {
    return switch (reply) {
      case Reply.Text t -> t.body();
      case Reply.Buttons b -> b.body();
      case Reply.Menu m -> m.body();
      case Reply.Document d -> d.caption();
    };
  }

  /** A text message whose body matches. */
  static Matcher<Reply> text(Matcher<String> body) {
    return reply("text", Reply.Text.class, body, List.of());
  }

  /** Buttons whose body matches, with these titles (none given: any titles). */
  static Matcher<Reply> buttons(Matcher<String> body, String... titles) {
    return reply("buttons", Reply.Buttons.class, body, List.of(titles));
  }

  /** A list message whose body matches. */
  static Matcher<Reply> menu(Matcher<String> body) {
    return reply("list", Reply.Menu.class, body, List.of());
  }

  /** Any reply whose body matches. */
  static Matcher<Reply> says(Matcher<String> body) {
    return reply("reply", Reply.class, body, List.of());
  }

  private static Matcher<Reply> reply(
      String kind, Class<? extends Reply> type, Matcher<String> body, List<String> titles) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(Reply reply) {
        return type.isInstance(reply)
            && body.matches(body(reply))
            && (titles.isEmpty()
                || options(reply).stream().map(Reply.Option::title).toList().equals(titles));
      }

      @Override
      public void describeTo(Description description) {
        description.appendText(kind + " with body ").appendDescriptionOf(body);
        if (!titles.isEmpty()) {
          description.appendText(" and options " + titles);
        }
      }
    };
  }

  /** Sessions in a map. */
  /** Every option title in the last replies, for failure messages. */
  List<String> titles() {
    List<String> titles = new ArrayList<>();
    last.forEach(r -> options(r).forEach(o -> titles.add(o.title())));
    return titles;
  }
}
