/**
 * The next-activity policy: from a learner's state and the model's belief, decide the next new
 * lesson, practice item, review or module exam, with a reason a tutor can read; plus spaced review
 * and placement. Pure: the current instant comes from an injected {@link java.time.InstantSource}.
 */
package mx.aprende.engine.policy;
