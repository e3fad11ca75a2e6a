package mx.aprende.bot.privacy;

/**
 * One learner's contribution to the anonymous counters of a module: no key, no name, no time.
 *
 * @param moduleId the curriculum module
 * @param attempts exercises answered
 * @param correct exercises answered right
 * @param masteredSkills skills of the module mastered
 */
public record ModuleTally(String moduleId, long attempts, long correct, long masteredSkills) {}
