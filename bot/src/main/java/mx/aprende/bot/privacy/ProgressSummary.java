package mx.aprende.bot.privacy;

import java.util.List;

/** Sums up a learner's progress per module, before their data is erased. */
public interface ProgressSummary {

  /** One tally per module the learner worked on; empty when none. */
  List<ModuleTally> of(String learnerKey);
}
