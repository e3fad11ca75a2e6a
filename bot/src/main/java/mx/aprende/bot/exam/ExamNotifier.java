package mx.aprende.bot.exam;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.templates.MessageTemplate;

/**
 * The exam feature's background job, run every minute: sends due day-before reminders, marks
 * no-shows the day after an exam, and tells learners a result was entered (issuing what a pass
 * earns first). No-shows and repeated fails are reported as {@link ExamProblem}s. Both go as
 * templates, since the learner's 24-hour window is usually closed by then; the template's button
 * brings them back into the dialog ({@code exam:show:<code>}, {@code exam:result:<code>}).
 *
 * <p>Templates it needs (to be approved in WhatsApp Manager, see docs/exams.md): {@value
 * #REMINDER_TEMPLATE} with body parameters module, center, date and time, code; {@value
 * #RESULT_TEMPLATE} with body parameter module. Each has one quick-reply button.
 */
public final class ExamNotifier implements Runnable {

  public static final String REMINDER_TEMPLATE = MessageTemplate.EXAM_DAY.templateName();
  public static final String RESULT_TEMPLATE = MessageTemplate.EXAM_RESULT.templateName();
  private static final Logger LOG = Logger.getLogger(ExamNotifier.class.getName());

  private final ExamStore store;
  private final Centers centers;
  private final ExamReminders reminders;
  private final ExamOutcomes outcomes;
  private final Recognition recognition;
  private final LearnerMessages messages;
  private final ExamProblems problems;
  private final InstantSource clock;

  public ExamNotifier(
      ExamStore store,
      Centers centers,
      ExamReminders reminders,
      ExamOutcomes outcomes,
      Recognition recognition,
      LearnerMessages messages,
      ExamProblems problems,
      InstantSource clock) {
    this.store = store;
    this.centers = centers;
    this.reminders = reminders;
    this.outcomes = outcomes;
    this.recognition = recognition;
    this.messages = messages;
    this.problems = problems;
    this.clock = clock;
  }

  @Override
  public void run() {
    try {
      remind();
      markNoShows();
      tellResults();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: log and try at the next tick.
      LOG.log(Level.WARNING, "Exam notifications failed; retrying at the next run", e);
    }
  }

  /** Sends every reminder due now; returns how many. */
  public int remind() {
    int sent = 0;
    for (Booking b : store.awaitingReminder()) {
      Optional<ExamSession> session = store.session(b.sessionId());
      Optional<Center> center = session.flatMap(s -> centers.find(s.centerId()));
      if (center.isEmpty()
          || !reminders.isDue(b, session.get(), center.get().state().zone(), clock.instant())) {
        continue;
      }
      // Marked first: a crash between the two loses one reminder rather than sending it twice.
      store.updateBooking(b.withReminded());
      messages.template(
          b.learnerKey(),
          REMINDER_TEMPLATE,
          List.of(
              outcomes.title(b.moduleId()),
              center.get().name(),
              ExamTexts.when(session.get()),
              ExamTexts.spaced(b.code())),
          Optional.of(ExamDesk.PREFIX + "show:" + b.code()));
      sent++;
    }
    return sent;
  }

  /**
   * Marks as no-shows the bookings still waiting for an exam whose day is over at the center (local
   * midnight after it), reporting each; returns how many.
   */
  public int markNoShows() {
    int marked = 0;
    Instant now = clock.instant();
    for (Booking b : store.withStatus(BookingStatus.BOOKED)) {
      Optional<ExamSession> session = store.session(b.sessionId());
      Optional<Center> center = session.flatMap(s -> centers.find(s.centerId()));
      if (center.isEmpty()
          || now.isBefore(
              session
                  .get()
                  .date()
                  .plusDays(1)
                  .atStartOfDay(center.get().state().zone())
                  .toInstant())) {
        continue;
      }
      store.updateBooking(b.withStatus(BookingStatus.NO_SHOW));
      problems.raise(
          new ExamProblem.NoShow(
              b.learnerKey(),
              outcomes.title(b.moduleId()),
              center.get().name(),
              session.get().date()));
      marked++;
    }
    return marked;
  }

  /** Tells every learner whose result was entered; returns how many. */
  public int tellResults() {
    int told = 0;
    for (Booking b : store.awaitingResultNotice()) {
      if (b.status() == BookingStatus.PASSED) {
        recognition.issue(b);
      }
      if (b.status() == BookingStatus.FAILED) {
        long failures =
            store.bookingsOf(b.learnerKey()).stream()
                .filter(x -> x.moduleId().equals(b.moduleId()))
                .filter(x -> x.status() == BookingStatus.FAILED)
                .count();
        if (failures >= 2) {
          problems.raise(
              new ExamProblem.FailedAgain(
                  b.learnerKey(), outcomes.title(b.moduleId()), (int) failures));
        }
      }
      store.updateBooking(b.withResultNotified());
      messages.template(
          b.learnerKey(),
          RESULT_TEMPLATE,
          List.of(outcomes.title(b.moduleId())),
          Optional.of(ExamDesk.PREFIX + "result:" + b.code()));
      told++;
    }
    return told;
  }
}
