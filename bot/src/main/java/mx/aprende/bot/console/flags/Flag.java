package mx.aprende.bot.console.flags;

import java.time.Instant;
import java.util.Optional;

/**
 * A learner who may need a person.
 *
 * @param id the stored id
 * @param learnerKey the learner
 * @param reason why
 * @param severity how soon
 * @param status where it is in its life
 * @param at when it was raised (the queue's waiting time starts here)
 * @param detail a short explanation for the tutor (never the learner's own words)
 * @param assignee the tutor who took it
 * @param note the resolution note
 * @param count how many times the rule fired while the flag was open
 */
public record Flag(
    String id,
    String learnerKey,
    Reason reason,
    Severity severity,
    Status status,
    Instant at,
    String detail,
    Optional<String> assignee,
    Optional<String> note,
    int count) {}
