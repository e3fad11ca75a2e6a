package mx.aprende.bot.exam;

import java.time.LocalDate;

/**
 * Something that went wrong around a learner's exam and that a person should look at. The console
 * turns each into a flag in the tutor queue with a severity ({@code console.flags.ExamFlags}). The
 * fields carry no personal data beyond the learner key the flag is about.
 */
public sealed interface ExamProblem {

  /** The learner concerned. */
  String learnerKey();

  /** The day after the exam the learner had not checked in. */
  record NoShow(String learnerKey, String moduleTitle, String centerName, LocalDate date)
      implements ExamProblem {}

  /** A second (or later) failed exam of the same module. */
  record FailedAgain(String learnerKey, String moduleTitle, int failures) implements ExamProblem {}

  /** A booking the learner asked for and did not get. */
  record BookingFailed(String learnerKey, String sessionId, Why why) implements ExamProblem {}

  /** Why a booking failed. */
  enum Why {
    /** The last seat went to someone else. */
    FULL,
    /** The session no longer takes bookings (started, removed). */
    UNAVAILABLE,
    /** Storage refused (no free code, database error): the learner got no seat through no fault. */
    ERROR
  }
}
