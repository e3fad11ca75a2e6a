package mx.aprende.bot.console.web;

import io.helidon.http.Status;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.console.ConsoleException;
import mx.aprende.bot.console.access.AuditLog;
import mx.aprende.bot.console.exams.CenterScope;
import mx.aprende.bot.console.exams.SessionForm;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.Center;
import mx.aprende.bot.exam.ExamDay;
import mx.aprende.bot.exam.ExamException;
import mx.aprende.bot.exam.ExamSession;

/**
 * The exam-day endpoints ({@code /exams...}): the guard in {@link ConsoleRoutes} has already
 * checked the session, the role (admins and coordinators) and the CSRF token; these handlers check
 * that the session's center is in the caller's scope ({@link CenterScope}) and write every change
 * to the audit log. Forms post and redirect; a refused form is shown again with the reason.
 */
final class ExamRoutes {

  /** Past sessions listed, newest first. */
  private static final int PAST_SHOWN = 30;

  private final ConsoleServices s;

  ExamRoutes(ConsoleServices services) {
    this.s = services;
  }

  void sessions(ConsoleRoutes.Call c) {
    ExamDay day = s.exams();
    List<Center> centers = CenterScope.of(c.staff(), day.centers());
    String selected = c.req().query().first("center").orElse("");
    List<Center> shown =
        selected.isEmpty()
            ? centers
            : centers.stream().filter(x -> x.id().equals(selected)).toList();
    List<ExamDay.Sitting> all = day.sessions(shown);
    List<ExamDay.Sitting> upcoming = all.stream().filter(x -> !day.past(x)).toList();
    List<ExamDay.Sitting> past =
        all.reversed().stream().filter(day::past).limit(PAST_SHOWN).toList();
    ConsoleRoutes.html(
        c.res(), ExamPages.sessions(c.visitor(), centers, selected, upcoming, past, day));
  }

  void newForm(ConsoleRoutes.Call c) {
    List<Center> centers = CenterScope.of(c.staff(), s.exams().centers());
    ConsoleRoutes.html(
        c.res(),
        ExamPages.newSession(
            c.visitor(), centers, s.exams(), ExamPages.FormValues.EMPTY, Optional.empty()));
  }

  void create(ConsoleRoutes.Call c) {
    Form f = c.form();
    ExamPages.FormValues values =
        new ExamPages.FormValues(
            f.value("center"),
            f.value("subject"),
            f.value("date"),
            f.value("time"),
            f.value("capacity"));
    List<Center> centers = CenterScope.of(c.staff(), s.exams().centers());
    Optional<Center> center =
        centers.stream().filter(x -> x.id().equals(values.center())).findFirst();
    if (center.isEmpty() && s.exams().center(values.center()).isPresent()) {
      deny(c, "Ese centro no está en tu alcance.");
      return;
    }
    try {
      if (center.isEmpty()) {
        throw new ConsoleException("Elige un centro.");
      }
      SessionForm form =
          SessionForm.parse(values.subject(), values.date(), values.time(), values.capacity());
      ExamSession created =
          s.exams()
              .create(center.get().id(), form.subject(), form.date(), form.time(), form.capacity());
      audit(c, "exam.session.create", created.id(), form.subject() + " " + form.capacity());
      ConsoleRoutes.redirect(c.res(), ExamPages.path(created.id()) + "?done=created");
    } catch (ConsoleException | ExamException e) {
      c.res().status(Status.BAD_REQUEST_400);
      ConsoleRoutes.html(
          c.res(),
          ExamPages.newSession(
              c.visitor(), centers, s.exams(), values, Optional.of(e.getMessage())));
    }
  }

  void session(ConsoleRoutes.Call c) {
    scoped(c)
        .ifPresent(
            sitting ->
                page(
                    c,
                    sitting,
                    notice(c.req().query().first("done").orElse("")),
                    Optional.empty(),
                    ExamPages.FormValues.of(sitting.session())));
  }

  void edit(ConsoleRoutes.Call c) {
    Optional<ExamDay.Sitting> sitting = scoped(c);
    if (sitting.isEmpty()) {
      return;
    }
    Form f = c.form();
    ExamPages.FormValues values =
        new ExamPages.FormValues(
            sitting.get().session().centerId(),
            f.value("subject"),
            f.value("date"),
            f.value("time"),
            f.value("capacity"));
    try {
      SessionForm form =
          SessionForm.parse(values.subject(), values.date(), values.time(), values.capacity());
      ExamSession changed =
          s.exams()
              .edit(
                  sitting.get().session().id(),
                  form.subject(),
                  form.date(),
                  form.time(),
                  form.capacity());
      audit(c, "exam.session.edit", changed.id(), form.subject() + " " + form.capacity());
      ConsoleRoutes.redirect(c.res(), ExamPages.path(changed.id()) + "?done=edited");
    } catch (ConsoleException | ExamException e) {
      c.res().status(Status.BAD_REQUEST_400);
      page(c, sitting.get(), Optional.empty(), Optional.of(e.getMessage()), values);
    }
  }

  void checkIn(ConsoleRoutes.Call c) {
    Optional<ExamDay.Sitting> sitting = scoped(c);
    if (sitting.isEmpty()) {
      return;
    }
    try {
      Booking b =
          s.exams()
              .checkIn(
                  sitting.get().session().id(), c.form().value("code"), c.form().value("fullName"));
      // The booking code, never the learner's key or name: the audit log is read by admins.
      audit(c, "exam.checkin", b.code(), sitting.get().session().id());
      ConsoleRoutes.redirect(
          c.res(), ExamPages.path(sitting.get().session().id()) + "?done=checkin");
    } catch (ExamException e) {
      c.res().status(Status.BAD_REQUEST_400);
      page(
          c,
          sitting.get(),
          Optional.empty(),
          Optional.of(e.getMessage()),
          ExamPages.FormValues.of(sitting.get().session()));
    }
  }

  void result(ConsoleRoutes.Call c) {
    Optional<ExamDay.Sitting> sitting = scoped(c);
    if (sitting.isEmpty()) {
      return;
    }
    try {
      String verdict = c.form().value("verdict");
      if (!verdict.equals("pass") && !verdict.equals("fail")) {
        throw new ExamException("Indica si aprobó o no aprobó.");
      }
      int score;
      try {
        score = Integer.parseInt(c.form().value("score").strip());
      } catch (NumberFormatException e) {
        throw new ExamException("Escribe la calificación con número, de 0 a 100.");
      }
      Booking b =
          s.exams()
              .recordResult(
                  sitting.get().session().id(),
                  c.form().value("code"),
                  score,
                  verdict.equals("pass"));
      audit(c, "exam.result", b.code(), verdict + " " + score);
      ConsoleRoutes.redirect(
          c.res(), ExamPages.path(sitting.get().session().id()) + "?done=result");
    } catch (ExamException e) {
      c.res().status(Status.BAD_REQUEST_400);
      page(
          c,
          sitting.get(),
          Optional.empty(),
          Optional.of(e.getMessage()),
          ExamPages.FormValues.of(sitting.get().session()));
    }
  }

  /** The session of the path, when it exists and its center is in the caller's scope. */
  private Optional<ExamDay.Sitting> scoped(ConsoleRoutes.Call c) {
    String id = c.req().path().pathParameters().get("session");
    Optional<ExamDay.Sitting> sitting = s.exams().sitting(id);
    if (sitting.isEmpty()) {
      c.res().status(Status.NOT_FOUND_404);
      ConsoleRoutes.html(
          c.res(),
          Pages.problem(Optional.of(c.visitor()), "No encontrado", "Ese examen no existe."));
      return Optional.empty();
    }
    if (!CenterScope.manages(c.staff(), sitting.get().center())) {
      deny(c, "Este examen es de un centro fuera de tu alcance.");
      return Optional.empty();
    }
    return sitting;
  }

  private void page(
      ConsoleRoutes.Call c,
      ExamDay.Sitting sitting,
      Optional<String> notice,
      Optional<String> error,
      ExamPages.FormValues values) {
    ExamDay day = s.exams();
    ConsoleRoutes.html(
        c.res(),
        ExamPages.session(
            c.visitor(),
            sitting,
            day.roster(sitting.session().id()),
            day,
            day.past(sitting),
            notice,
            error,
            values));
  }

  private static Optional<String> notice(String done) {
    return switch (done) {
      case "created" -> Optional.of("Examen creado. Ya aparece a las personas listas para él.");
      case "edited" -> Optional.of("Cambios guardados.");
      case "checkin" -> Optional.of("Llegada registrada.");
      case "result" ->
          Optional.of(
              "Resultado guardado. La persona recibirá un aviso por WhatsApp en un minuto.");
      default -> Optional.empty();
    };
  }

  private void deny(ConsoleRoutes.Call c, String message) {
    c.res().status(Status.FORBIDDEN_403);
    ConsoleRoutes.html(c.res(), Pages.problem(Optional.of(c.visitor()), "Sin acceso", message));
  }

  private void audit(ConsoleRoutes.Call c, String action, String target, String detail) {
    s.audit()
        .record(
            new AuditLog.Entry(s.clock().instant(), c.staff().username(), action, target, detail));
  }
}
