package mx.aprende.bot.exam;

/** Port: where exam problems go so a person sees them (the console's tutor queue). */
@FunctionalInterface
public interface ExamProblems {

  /** Problems go nowhere: for tests that do not look at them. */
  ExamProblems NONE = problem -> {};

  /** Reports one problem; must not throw into the learner's turn or the exam job. */
  void raise(ExamProblem problem);
}
