package mx.aprende.bot.console.flags;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the flag rules know of one turn.
 *
 * @param learnerKey the learner
 * @param at when the learner wrote
 * @param learnerText what they typed, when it was text
 * @param botTexts the bot's replies as text (empty when a person had taken over)
 * @param latestSkillResults the learner's latest answers on the skill practised last, newest first
 *     ({@code true} = correct)
 * @param notUnderstoodStreak how many turns in a row the bot could not make sense of, this one
 *     included
 */
public record TurnFacts(
    String learnerKey,
    Instant at,
    Optional<String> learnerText,
    List<String> botTexts,
    List<Boolean> latestSkillResults,
    int notUnderstoodStreak) {

  public TurnFacts {
    botTexts = List.copyOf(botTexts);
    latestSkillResults = List.copyOf(latestSkillResults);
  }
}
