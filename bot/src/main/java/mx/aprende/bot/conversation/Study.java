package mx.aprende.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.aprende.engine.policy.Placement;

/**
 * Where the learner is in their studies, so a restart or weeks away lose nothing.
 *
 * @param module the module being studied
 * @param lesson the lesson being read
 * @param chunk position in the lesson: its chunks, then its worked examples
 * @param exercise the exercise waiting for an answer (practice, review or placement)
 * @param shown for each position shown, the index of the option or item shown there
 * @param hints hints given on this exercise (0 to 3)
 * @param misses wrong answers on this exercise
 * @param recorded whether the first answer already went to the engine
 * @param askedAt when the exercise was shown (response time)
 * @param placement the placement quiz in progress
 */
public record Study(
    Optional<String> module,
    Optional<String> lesson,
    int chunk,
    Optional<String> exercise,
    List<Integer> shown,
    int hints,
    int misses,
    boolean recorded,
    Optional<Instant> askedAt,
    Optional<Placement.State> placement) {

  /** Nothing started. */
  public static final Study NONE =
      new Study(
          Optional.empty(),
          Optional.empty(),
          0,
          Optional.empty(),
          List.of(),
          0,
          0,
          false,
          Optional.empty(),
          Optional.empty());

  public Study {
    shown = List.copyOf(shown);
  }

  Study inModule(String id) {
    return new Study(
        Optional.of(id),
        lesson,
        chunk,
        exercise,
        shown,
        hints,
        misses,
        recorded,
        askedAt,
        placement);
  }

  Study reading(String lessonId, int position) {
    return new Study(
        module,
        Optional.of(lessonId),
        position,
        Optional.empty(),
        List.of(),
        0,
        0,
        false,
        Optional.empty(),
        placement);
  }

  Study answering(String exerciseId, List<Integer> order, Instant at) {
    return new Study(
        module,
        Optional.empty(),
        0,
        Optional.of(exerciseId),
        order,
        0,
        0,
        false,
        Optional.of(at),
        placement);
  }

  Study withHint() {
    return new Study(
        module, lesson, chunk, exercise, shown, hints + 1, misses, recorded, askedAt, placement);
  }

  Study withMiss() {
    return new Study(
        module, lesson, chunk, exercise, shown, hints, misses + 1, true, askedAt, placement);
  }

  Study withRecorded() {
    return new Study(
        module, lesson, chunk, exercise, shown, hints, misses, true, askedAt, placement);
  }

  /** Nothing in progress but the module (after a finished exercise or lesson). */
  Study idle() {
    return new Study(
        module,
        Optional.empty(),
        0,
        Optional.empty(),
        List.of(),
        0,
        0,
        false,
        Optional.empty(),
        placement);
  }

  Study withPlacement(Optional<Placement.State> state) {
    return new Study(
        module, lesson, chunk, exercise, shown, hints, misses, recorded, askedAt, state);
  }
}
