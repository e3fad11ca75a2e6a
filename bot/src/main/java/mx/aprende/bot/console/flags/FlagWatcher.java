package mx.aprende.bot.console.flags;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.conversation.Turn;
import mx.aprende.bot.conversation.TurnObserver;

/**
 * Runs the {@link FlagRules} after every turn and raises what they find. The streak of turns the
 * bot did not understand is kept in memory per learner (a restart forgets a streak in progress,
 * which only delays a flag).
 */
public final class FlagWatcher implements TurnObserver {

  private static final Logger LOG = Logger.getLogger(FlagWatcher.class.getName());

  private final FlagStore flags;
  private final RecentAnswers answers;
  private final Cache<String, Integer> streaks =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(6)).maximumSize(100_000).build();

  public FlagWatcher(FlagStore flags, RecentAnswers answers) {
    this.flags = flags;
    this.answers = answers;
  }

  @Override
  public void observed(Turn turn, Conversation.Outcome outcome, boolean silenced) {
    try {
      List<String> botTexts = texts(outcome.replies());
      int streak =
          FlagRules.botDidNotUnderstand(botTexts)
              ? streaks.asMap().merge(turn.learnerKey(), 1, Integer::sum)
              : 0;
      if (streak == 0) {
        streaks.invalidate(turn.learnerKey());
      }
      Optional<String> text =
          turn.input() instanceof Inbound.Text t ? Optional.of(t.body()) : Optional.empty();
      TurnFacts facts =
          new TurnFacts(
              turn.learnerKey(),
              turn.at(),
              text,
              botTexts,
              answers.onLatestSkill(turn.learnerKey(), FlagRules.MISSES_IN_A_ROW),
              streak);
      for (FlagRules.Raised raised : FlagRules.evaluate(facts)) {
        flags.raise(
            turn.learnerKey(), raised.reason(), raised.severity(), raised.detail(), turn.at());
      }
      if (streak >= FlagRules.NOT_UNDERSTOOD_IN_A_ROW) {
        streaks.invalidate(turn.learnerKey());
      }
    } catch (RuntimeException e) {
      // The learner's answer matters more than a flag; the failure is visible in the logs.
      LOG.log(Level.WARNING, "Flag rules failed for a turn", e);
    }
  }

  private static List<String> texts(List<Reply> replies) {
    List<String> texts = new ArrayList<>();
    // Not a switch: other features add reply kinds (documents, templates) that carry no text.
    for (Reply reply : replies) {
      if (reply instanceof Reply.Text text) {
        texts.add(text.body());
      } else if (reply instanceof Reply.Buttons buttons) {
        texts.add(buttons.body());
      } else if (reply instanceof Reply.Menu menu) {
        texts.add(menu.body());
      }
    }
    return texts;
  }
}
