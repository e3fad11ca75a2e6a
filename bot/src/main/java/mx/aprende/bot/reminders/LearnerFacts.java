package mx.aprende.bot.reminders;

import java.time.Instant;
import java.util.Optional;
import mx.aprende.bot.region.MexicanState;

/**
 * What reminders need to know about a learner kept by the conversation.
 *
 * @param learnerKey the learner's channel key (the address to write to)
 * @param lastInbound when the learner last wrote to us
 * @param optedOut whether they asked for no more messages
 * @param state where they live (time zone), when known
 * @param firstName how to greet them, when known
 * @param topic the lesson or topic they are on, when known
 * @param firstSeen when they first wrote to us (the first weekly progress comes a week later)
 */
public record LearnerFacts(
    String learnerKey,
    Instant lastInbound,
    boolean optedOut,
    Optional<MexicanState> state,
    Optional<String> firstName,
    Optional<String> topic,
    Instant firstSeen) {}
