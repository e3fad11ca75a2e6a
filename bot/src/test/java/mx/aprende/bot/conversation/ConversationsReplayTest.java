package mx.aprende.bot.conversation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import mx.aprende.bot.testing.FakeClock;
import mx.aprende.bot.testing.MemoryEngine;
import mx.aprende.bot.testing.MemorySessions;
import org.junit.jupiter.api.Test;

/**
 * A message handled again after its turn was saved (a crash or a store outage cut the turn before
 * its replies reached the outbox) gets the saved replies back; the conversation does not run again.
 */
class ConversationsReplayTest {

  private final FakeClock clock = new FakeClock(ConversationScript.START);
  private final MemorySessions sessions = new MemorySessions();
  private final List<Turn> observed = new ArrayList<>();
  private final Conversations conversations =
      new Conversations(
          sessions,
          ConversationScript.conversation(
              clock, MemoryEngine.learningPath(ConversationScript.curriculum(), clock)),
          Conversation.Dialog.NONE,
          Takeover.NONE,
          (turn, outcome, silenced) -> observed.add(turn));

  /** The same message twice: the same replies, one turn counted, one observation. */
  @Test
  void sameMessageGetsTheSavedReplies() {
    Turn hola = Turn.text("lk_ana", "wamid.1", clock.instant(), "Ana", "hola");
    Conversation.Outcome first = conversations.handle(hola);
    clock.advance(java.time.Duration.ofSeconds(3));

    Conversation.Outcome again = conversations.handle(hola);

    assertThat(again.replies(), is(first.replies()));
    assertThat(sessions.find("lk_ana").orElseThrow().turns(), is(1L));
    assertThat(observed.size(), is(1));
  }

  /** The next message runs the conversation as usual (the saved replies are only for their own). */
  @Test
  void nextMessageRunsTheConversation() {
    Conversation.Outcome first =
        conversations.handle(Turn.text("lk_ana", "wamid.1", clock.instant(), "Ana", "hola"));
    clock.advance(java.time.Duration.ofSeconds(3));

    Conversation.Outcome next =
        conversations.handle(Turn.text("lk_ana", "wamid.2", clock.instant(), "Ana", "hola"));

    assertThat(sessions.find("lk_ana").orElseThrow().turns(), is(2L));
    assertThat(observed.size(), is(2));
    assertThat(next.session(), is(not(first.session())));
  }
}
