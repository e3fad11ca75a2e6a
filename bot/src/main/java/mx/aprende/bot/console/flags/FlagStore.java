package mx.aprende.bot.console.flags;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where flags live. */
public interface FlagStore {

  /**
   * Raises a flag unless one for the same learner and reason is still open or assigned; then that
   * one counts one more occurrence (and takes the higher severity).
   *
   * @return the flag's id
   */
  String raise(String learnerKey, Reason reason, Severity severity, String detail, Instant at);

  Optional<Flag> find(String id);

  /** Flags in any of these statuses, newest first, at most {@code limit}. */
  List<Flag> withStatus(Collection<Status> statuses, int limit);

  List<Flag> ofLearner(String learnerKey);

  /** Moves open or assigned flags to assigned to {@code assignee}; false when none moved. */
  boolean assign(String id, String assignee, Instant at);

  boolean resolve(String id, String by, String note, Instant at);
}
