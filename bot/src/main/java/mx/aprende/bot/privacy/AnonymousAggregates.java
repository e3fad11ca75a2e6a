package mx.aprende.bot.privacy;

import java.util.List;

/** Counters per module that outlive erased learners and identify none of them. */
public interface AnonymousAggregates {

  /** Adds one erased learner's tallies to the counters. */
  void add(List<ModuleTally> tallies);
}
