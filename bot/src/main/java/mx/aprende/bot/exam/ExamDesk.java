package mx.aprende.bot.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.qr.QrCode;

/**
 * The learner's exam dialog, self-contained: the conversation hands it every turn first and uses
 * its answer when there is one. It answers the main menu's {@code menu:exam}, every choice whose id
 * starts with {@code exam:}, and shared locations (the only use of a location is finding a center).
 * Every step is carried in the option ids, so the dialog keeps no state of its own.
 *
 * <p>Ids: {@code exam:ready}, {@code exam:states:<page>}, {@code exam:state:<code>}, {@code
 * exam:muni:<code>:<index>}, {@code exam:center:<id>}, {@code exam:book:<session>:<module>}, {@code
 * exam:show|resched|cancel|cancelyes|result:<code>}, {@code exam:move:<code>:<session>}, {@code
 * exam:keep}.
 */
public final class ExamDesk {

  public static final String PREFIX = "exam:";
  static final String MENU_EXAM = "menu:exam";
  private static final String LESSON = "menu:lesson";

  private final Catalog catalog;
  private final Readiness readiness;
  private final Centers centers;
  private final ExamStore store;
  private final ExamBookings bookings;
  private final LearnerMessages messages;
  private final CenterPicker picker;
  private final ExamOutcomes outcomes;
  private final ExamProblems problems;

  public ExamDesk(
      Catalog catalog,
      Readiness readiness,
      Centers centers,
      ExamStore store,
      ExamBookings bookings,
      LearnerMessages messages,
      ExamOutcomes outcomes,
      ExamProblems problems) {
    this.catalog = catalog;
    this.readiness = readiness;
    this.centers = centers;
    this.store = store;
    this.bookings = bookings;
    this.messages = messages;
    this.picker = new CenterPicker(centers);
    this.outcomes = outcomes;
    this.problems = problems;
  }

  /** The answer to {@code input} when it belongs to the exam dialog; empty otherwise. */
  public Optional<List<Reply>> answer(String learnerKey, Inbound input) {
    return switch (input) {
      case Inbound.Choice choice when choice.id().equals(MENU_EXAM) ->
          Optional.of(overview(learnerKey));
      case Inbound.Choice choice when choice.id().startsWith(PREFIX) ->
          Optional.of(choose(learnerKey, choice.id().substring(PREFIX.length()).split(":", 3)));
      case Inbound.Location location ->
          Optional.of(
              nearest(learnerKey, new Coordinates(location.latitude(), location.longitude())));
      default -> Optional.empty();
    };
  }

  /**
   * The offer the conversation shows when the engine says a module is ready for its exam (e.g.
   * after the exercise that completed it).
   */
  public Reply offer(String moduleId) {
    return new Reply.Buttons(ExamTexts.ready(title(moduleId)), findButtons());
  }

  private List<Reply> choose(String learnerKey, String[] part) {
    String arg = part.length > 1 ? part[1] : "";
    return switch (part[0]) {
      case "ready" -> readyOrMissing(learnerKey);
      case "states" -> List.of(picker.states(parsePage(arg)));
      case "state" -> picker.state(arg, c -> centerAnswer(learnerKey, c));
      case "muni" ->
          picker.municipality(
              arg, part.length > 2 ? part[2] : "", c -> centerAnswer(learnerKey, c));
      case "center" ->
          centers
              .find(arg)
              .map(c -> centerAnswer(learnerKey, c))
              .orElseGet(() -> overview(learnerKey));
      case "book" -> book(learnerKey, arg, part.length > 2 ? part[2] : "");
      case "show" -> show(learnerKey, arg);
      case "cancel" -> List.of(confirmCancel(arg));
      case "cancelyes" ->
          List.of(
              new Reply.Text(
                  bookings.cancel(learnerKey, arg)
                      ? ExamTexts.CANCELLED
                      : ExamTexts.NOTHING_TO_CANCEL));
      case "keep" -> List.of(new Reply.Text(ExamTexts.KEPT));
      case "resched" -> reschedule(learnerKey, arg);
      case "move" -> move(learnerKey, arg, part.length > 2 ? part[2] : "");
      case "result" -> outcomes.explain(learnerKey, arg);
      default -> overview(learnerKey);
    };
  }

  /** {@code menu:exam}: the learner's upcoming booking, or readiness. */
  private List<Reply> overview(String learnerKey) {
    Optional<Booking> next =
        store.bookingsOf(learnerKey).stream().filter(b -> b.status().upcoming()).findFirst();
    return next.map(b -> show(learnerKey, b.code())).orElseGet(() -> readyOrMissing(learnerKey));
  }

  private List<Reply> readyOrMissing(String learnerKey) {
    List<String> ready = readyModules(learnerKey);
    if (!ready.isEmpty()) {
      String titles = ready.stream().map(this::title).collect(Collectors.joining("* y *"));
      return List.of(new Reply.Buttons(ExamTexts.ready(titles), findButtons()));
    }
    Readiness.Verdict.NotYet best = null;
    for (Catalog.ModuleCard module : catalog.modules()) {
      if (readiness.of(learnerKey, module.id()) instanceof Readiness.Verdict.NotYet notYet
          && (best == null || notYet.missingSkills().size() < best.missingSkills().size())) {
        best = notYet;
      }
    }
    if (best == null) {
      return List.of(new Reply.Text(ExamTexts.nothingStarted()));
    }
    return List.of(
        new Reply.Buttons(
            ExamTexts.notReady(title(best.moduleId()), best.nextStep(), best.missingSkills()),
            List.of(Reply.Option.of(LESSON, "Seguir estudiando"))));
  }

  private List<Reply> nearest(String learnerKey, Coordinates here) {
    if (readyModules(learnerKey).isEmpty()
        && store.bookingsOf(learnerKey).stream().noneMatch(b -> b.status().upcoming())) {
      return List.of(new Reply.Text(ExamTexts.NONE_READY_LOCATION));
    }
    List<CenterFinder.Nearby> nearby = CenterFinder.nearest(here, centers.all(), 3);
    List<Reply.Option> rows =
        nearby.stream()
            .map(
                n ->
                    Reply.Option.of(
                        PREFIX + "center:" + n.center().id(),
                        n.center().municipality(),
                        n.center().address()))
            .toList();
    return List.of(new Reply.Menu(ExamTexts.nearest(nearby), "Ver centros", rows));
  }

  private List<Reply> centerAnswer(String learnerKey, Center center) {
    List<String> ready = readyModules(learnerKey);
    Reply card = new Reply.Text(ExamTexts.center(center));
    if (ready.isEmpty()) {
      return List.of(card, new Reply.Text(ExamTexts.NOT_READY_FOR_CENTER));
    }
    List<Reply.Option> rows = new ArrayList<>();
    for (ExamSession s : store.sessionsAt(center.id(), bookings.today(center))) {
      for (String module : ready) {
        if (rows.size() < 10 && s.seatsLeft() > 0 && s.covers(module, levelOf(module))) {
          rows.add(
              Reply.Option.of(
                  PREFIX + "book:" + s.id() + ":" + module,
                  ExamTexts.sessionRow(s),
                  title(module) + " · " + s.seatsLeft() + " lugares"));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of(card, new Reply.Text(ExamTexts.NO_SESSIONS));
    }
    return List.of(card, new Reply.Menu(ExamTexts.chooseSession(), "Ver fechas", rows));
  }

  private List<Reply> book(String learnerKey, String sessionId, String moduleId) {
    if (!readyModules(learnerKey).contains(moduleId)) {
      return readyOrMissing(learnerKey);
    }
    BookingResult result;
    try {
      result = bookings.book(learnerKey, sessionId, moduleId);
    } catch (ExamException e) {
      problems.raise(new ExamProblem.BookingFailed(learnerKey, sessionId, ExamProblem.Why.ERROR));
      return List.of(new Reply.Text(ExamTexts.UNAVAILABLE));
    }
    return switch (result) {
      case BookingResult.Booked booked -> confirmed(learnerKey, booked);
      case BookingResult.Full full -> {
        problems.raise(new ExamProblem.BookingFailed(learnerKey, sessionId, ExamProblem.Why.FULL));
        yield List.of(new Reply.Text(ExamTexts.FULL));
      }
      case BookingResult.AlreadyBooked already ->
          List.of(
              new Reply.Text(ExamTexts.alreadyBooked(already.booking())),
              manage(already.booking()));
      case BookingResult.Unavailable unavailable -> {
        problems.raise(
            new ExamProblem.BookingFailed(learnerKey, sessionId, ExamProblem.Why.UNAVAILABLE));
        yield List.of(new Reply.Text(ExamTexts.UNAVAILABLE));
      }
    };
  }

  private List<Reply> confirmed(String learnerKey, BookingResult.Booked booked) {
    Booking b = booked.booking();
    Center center = centers.find(booked.session().centerId()).orElseThrow();
    messages.image(
        learnerKey,
        QrCode.png(b.code(), 400),
        "examen-" + b.code() + ".png",
        ExamTexts.qrCaption(b));
    return List.of(
        new Reply.Text(ExamTexts.booked(b, booked.session(), center, title(b.moduleId()))),
        manage(b));
  }

  private List<Reply> show(String learnerKey, String code) {
    Optional<Booking> booking =
        store.booking(code).filter(b -> b.learnerKey().equals(learnerKey) && b.status().upcoming());
    if (booking.isEmpty()) {
      return readyOrMissing(learnerKey);
    }
    Booking b = booking.get();
    ExamSession s = store.session(b.sessionId()).orElseThrow();
    Center c = centers.find(s.centerId()).orElseThrow();
    return List.of(new Reply.Text(ExamTexts.upcoming(b, s, c, title(b.moduleId()))), manage(b));
  }

  private List<Reply> reschedule(String learnerKey, String code) {
    Optional<Booking> booking =
        store
            .booking(code)
            .filter(b -> b.learnerKey().equals(learnerKey) && b.status() == BookingStatus.BOOKED);
    if (booking.isEmpty()) {
      return List.of(new Reply.Text(ExamTexts.NOTHING_TO_CANCEL));
    }
    Booking b = booking.get();
    ExamSession current = store.session(b.sessionId()).orElseThrow();
    Center center = centers.find(current.centerId()).orElseThrow();
    List<Reply.Option> rows =
        store.sessionsAt(center.id(), bookings.today(center)).stream()
            .filter(s -> !s.id().equals(current.id()) && s.seatsLeft() > 0)
            .filter(s -> s.covers(b.moduleId(), levelOf(b.moduleId())))
            .limit(9)
            .map(
                s ->
                    Reply.Option.of(
                        PREFIX + "move:" + code + ":" + s.id(),
                        ExamTexts.sessionRow(s),
                        s.seatsLeft() + " lugares"))
            .collect(Collectors.toCollection(ArrayList::new));
    rows.add(Reply.Option.of(PREFIX + "states:0", "Otro centro", "Busca por estado"));
    return List.of(new Reply.Menu("¿A qué fecha quieres cambiar tu examen?", "Ver fechas", rows));
  }

  private List<Reply> move(String learnerKey, String code, String sessionId) {
    return switch (bookings.reschedule(learnerKey, code, sessionId)) {
      case BookingResult.Booked booked -> confirmed(learnerKey, booked);
      case BookingResult.Full full -> {
        problems.raise(new ExamProblem.BookingFailed(learnerKey, sessionId, ExamProblem.Why.FULL));
        yield List.of(new Reply.Text(ExamTexts.FULL));
      }
      case BookingResult.AlreadyBooked already -> show(learnerKey, already.booking().code());
      // Also an unknown or foreign booking code: nothing a person needs to look at.
      case BookingResult.Unavailable unavailable -> List.of(new Reply.Text(ExamTexts.UNAVAILABLE));
    };
  }

  private static Reply confirmCancel(String code) {
    return new Reply.Buttons(
        ExamTexts.CANCEL_CONFIRM,
        List.of(
            Reply.Option.of(PREFIX + "cancelyes:" + code, "Sí, cancelar"),
            Reply.Option.of(PREFIX + "keep", "No, mantenerla")));
  }

  private static Reply manage(Booking b) {
    return new Reply.Buttons(
        "¿Algo más con tu cita?",
        List.of(
            Reply.Option.of(PREFIX + "resched:" + b.code(), "Cambiar fecha"),
            Reply.Option.of(PREFIX + "cancel:" + b.code(), "Cancelar cita"),
            Reply.Option.of("menu:lesson", "Seguir estudiando")));
  }

  private static List<Reply.Option> findButtons() {
    return List.of(
        Reply.Option.of(PREFIX + "states:0", "Elegir mi estado"),
        Reply.Option.of(LESSON, "Más tarde"));
  }

  /** Modules the engine says are ready, minus those already passed. */
  List<String> readyModules(String learnerKey) {
    Set<String> passed =
        store.bookingsOf(learnerKey).stream()
            .filter(b -> b.status() == BookingStatus.PASSED)
            .map(Booking::moduleId)
            .collect(Collectors.toSet());
    return catalog.modules().stream()
        .map(Catalog.ModuleCard::id)
        .filter(id -> !passed.contains(id))
        .filter(id -> readiness.of(learnerKey, id) instanceof Readiness.Verdict.Ready)
        .toList();
  }

  private String title(String moduleId) {
    return catalog.modules().stream()
        .filter(m -> m.id().equals(moduleId))
        .map(Catalog.ModuleCard::title)
        .findFirst()
        .orElse(moduleId);
  }

  private String levelOf(String moduleId) {
    return catalog.modules().stream()
        .filter(m -> m.id().equals(moduleId))
        .map(m -> m.level().id())
        .findFirst()
        .orElse("");
  }

  private static int parsePage(String page) {
    try {
      return Math.max(0, Integer.parseInt(page));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
