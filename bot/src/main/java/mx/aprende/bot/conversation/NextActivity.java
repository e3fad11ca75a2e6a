package mx.aprende.bot.conversation;

import mx.aprende.engine.policy.Activity;

/** Port: asks the adaptive engine what a learner should do next in a module. */
@FunctionalInterface
public interface NextActivity {

  Activity next(String learnerKey, String moduleId);
}
