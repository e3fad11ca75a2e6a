package mx.aprende.bot.console.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.aprende.bot.console.ConsoleException;
import mx.aprende.bot.console.access.Accounts;
import mx.aprende.bot.console.access.AuditLog;
import mx.aprende.bot.console.access.LearnerPlace;
import mx.aprende.bot.console.access.LoginResult;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Scope;
import mx.aprende.bot.console.access.Staff;
import mx.aprende.bot.console.access.StaffSessions;
import mx.aprende.bot.console.dashboard.CenterScope;
import mx.aprende.bot.console.dashboard.Dashboard;
import mx.aprende.bot.console.dashboard.DashboardQuery;
import mx.aprende.bot.console.flags.Flag;
import mx.aprende.bot.console.flags.Reason;
import mx.aprende.bot.console.flags.Severity;
import mx.aprende.bot.console.learners.SendResult;
import mx.aprende.bot.region.MexicanState;

/**
 * The console's HTTP routes on the internal port. Every endpoint of {@link Endpoint} goes through
 * one guard: a live session, the role, the CSRF token on state changes, and the learner's scope.
 * Forms post and redirect (they work without JavaScript); htmx only refreshes the queue and the
 * transcript.
 */
public final class ConsoleRoutes {

  static final String SESSION_COOKIE = "aprende_console";
  static final String LOGIN_COOKIE = "aprende_login";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String HTMX_DIR = "META-INF/resources/webjars/htmx.org/2.0.4/dist";

  /** WhatsApp's limit for a text message; longer replies are refused before reaching the outbox. */
  private static final int WHATSAPP_TEXT_MAX = 4096;

  private static final String ECHARTS_DIR = "META-INF/resources/webjars/echarts/5.3.1/dist";

  private final ConsoleServices s;
  private final ExamRoutes exams;

  public ConsoleRoutes(ConsoleServices services) {
    this.s = services;
    this.exams = new ExamRoutes(services);
  }

  /** A handler that runs after the guard let the request through. */
  @FunctionalInterface
  interface Action {
    void handle(Call call);
  }

  /** One guarded request. */
  record Call(
      ServerRequest req, ServerResponse res, Staff staff, StaffSessions.Active session, Form form) {
    Pages.Visitor visitor() {
      return new Pages.Visitor(staff, session.csrfToken());
    }

    String key() {
      return req.path().pathParameters().get("key");
    }
  }

  public void route(HttpRouting.Builder routing) {
    routing
        .register("/assets/htmx", classpath(HTMX_DIR))
        .register("/assets/echarts", classpath(ECHARTS_DIR))
        .register("/assets", classpath("console"))
        .get("/login", this::loginForm)
        .post("/login", this::login);
    for (Endpoint e : Endpoint.values()) {
      routing.route(Method.create(e.method()), e.path(), guarded(e, action(e)));
    }
  }

  private Action action(Endpoint e) {
    return switch (e) {
      case HOME -> this::home;
      case QUEUE -> this::queue;
      case QUEUE_ROWS -> this::queueRows;
      case LEARNER -> c -> learner(c, Optional.empty(), "");
      case TRANSCRIPT -> c -> html(c.res(), Pages.transcript(s.transcripts().of(c.key(), 200)));
      case TAKE_OVER -> this::takeOver;
      case REPLY -> this::reply;
      case REPLY_TEMPLATE -> this::replyTemplate;
      case HAND_BACK -> this::handBack;
      case FLAG -> this::manualFlag;
      case ASSIGN -> this::assign;
      case RESOLVE -> this::resolve;
      case NUDGE -> this::nudge;
      case DASHBOARD -> this::dashboard;
      case DASHBOARD_CSV -> this::csv;
      case PASSWORD_FORM ->
          c ->
              html(
                  c.res(),
                  Pages.password(
                      c.visitor(),
                      Optional.empty(),
                      s.accounts().mustChangePassword(c.staff().username())));
      case PASSWORD -> this::changePassword;
      case LOGOUT -> this::logout;
      case USERS ->
          c -> html(c.res(), Pages.users(c.visitor(), s.accounts().all(), Optional.empty()));
      case CREATE_USER -> this::createUser;
      case AUDIT -> c -> html(c.res(), Pages.audit(c.visitor(), s.audit().recent(300)));
      case EXAMS -> exams::sessions;
      case EXAM_NEW -> exams::newForm;
      case EXAM_CREATE -> exams::create;
      case EXAM_SESSION -> exams::session;
      case EXAM_EDIT -> exams::edit;
      case EXAM_CHECKIN -> exams::checkIn;
      case EXAM_RESULT -> exams::result;
    };
  }

  private io.helidon.webserver.http.Handler guarded(Endpoint endpoint, Action action) {
    return (req, res) -> {
      noCache(res);
      Optional<StaffSessions.Active> session =
          req.headers().cookies().first(SESSION_COOKIE).asOptional().flatMap(s.sessions()::find);
      Optional<Staff> staff = session.flatMap(x -> s.accounts().current(x.username()));
      if (session.isEmpty() || staff.isEmpty()) {
        if (endpoint.changesState()
            || endpoint == Endpoint.QUEUE_ROWS
            || endpoint == Endpoint.TRANSCRIPT) {
          res.status(Status.UNAUTHORIZED_401).send("Sesión vencida. Vuelve a entrar.");
        } else {
          redirect(res, "/login");
        }
        return;
      }
      Form form = endpoint.changesState() ? form(req) : Form.EMPTY;
      if (endpoint.changesState()) {
        String token =
            req.headers()
                .first(HeaderNames.create(CSRF_HEADER))
                .orElseGet(() -> form.value("_csrf"));
        if (!StaffSessions.sameToken(session.get().csrfToken(), token)) {
          audit(staff.get(), "csrf.rejected", endpoint.path(), "");
          deny(res, staff.get(), session.get(), "Solicitud no válida. Recarga la página.");
          return;
        }
      }
      if (!endpoint.roles().contains(staff.get().role())) {
        deny(res, staff.get(), session.get(), "Tu rol no tiene acceso a esta página.");
        return;
      }
      if (s.accounts().mustChangePassword(staff.get().username())
          && endpoint != Endpoint.PASSWORD
          && endpoint != Endpoint.PASSWORD_FORM
          && endpoint != Endpoint.LOGOUT) {
        redirect(res, "/password");
        return;
      }
      if (endpoint.learnerScoped()) {
        String key = req.path().pathParameters().get("key");
        if (!staff.get().sees(s.directory().place(key))) {
          deny(res, staff.get(), session.get(), "Este estudiante no está en tu alcance.");
          return;
        }
      }
      try {
        action.handle(new Call(req, res, staff.get(), session.get(), form));
      } catch (ConsoleException e) {
        res.status(Status.BAD_REQUEST_400);
        html(
            res,
            Pages.problem(
                Optional.of(new Pages.Visitor(staff.get(), session.get().csrfToken())),
                "No se pudo",
                e.getMessage()));
      }
    };
  }

  // ---- login ----

  private void loginForm(ServerRequest req, ServerResponse res) {
    noCache(res);
    String pre = s.sessions().randomToken();
    res.headers().addCookie(cookie(LOGIN_COOKIE, pre, Duration.ofMinutes(30)));
    html(
        res,
        Pages.login(req.query().first("error").asOptional().map(ConsoleRoutes::loginMessage), pre));
  }

  private void login(ServerRequest req, ServerResponse res) {
    noCache(res);
    Form form = form(req);
    String pre = req.headers().cookies().first(LOGIN_COOKIE).orElse("");
    if (pre.isEmpty() || !StaffSessions.sameToken(pre, form.value("_csrf"))) {
      redirect(res, "/login?error=expired");
      return;
    }
    String username = form.value("username");
    LoginResult result = s.accounts().login(username, form.value("password"));
    switch (result) {
      case LoginResult.Success ok -> {
        // Abandoned sessions are removed here rather than by a TTL index the embedded server lacks.
        s.sessions().sweep();
        StaffSessions.Active session = s.sessions().open(ok.staff().username());
        res.headers()
            .addCookie(cookie(SESSION_COOKIE, session.token(), StaffSessionsLifetime.VALUE));
        res.headers().addCookie(cookie(LOGIN_COOKIE, "", Duration.ZERO));
        audit(ok.staff(), "login", "", "");
        redirect(res, ok.mustChangePassword() ? "/password" : "/");
      }
      case LoginResult.Failure failure -> {
        s.audit().record(new AuditLog.Entry(s.clock().instant(), "-", "login.failed", "", ""));
        redirect(res, "/login?error=wrong");
      }
      case LoginResult.Locked locked -> {
        s.audit().record(new AuditLog.Entry(s.clock().instant(), "-", "login.locked", "", ""));
        redirect(res, "/login?error=locked");
      }
    }
  }

  private static String loginMessage(String code) {
    return switch (code) {
      case "locked" -> "Demasiados intentos. Espera unos minutos y vuelve a intentar.";
      case "expired" -> "La página venció. Intenta de nuevo.";
      default -> "Usuario o contraseña incorrectos.";
    };
  }

  private void logout(Call c) {
    s.sessions().close(c.session().token());
    c.res().headers().addCookie(cookie(SESSION_COOKIE, "", Duration.ZERO));
    audit(c.staff(), "logout", "", "");
    redirect(c.res(), "/login");
  }

  private void changePassword(Call c) {
    boolean changed =
        s.accounts()
            .changePassword(
                c.staff().username(), c.form().value("current"), c.form().value("replacement"));
    if (!changed) {
      html(
          c.res(),
          Pages.password(
              c.visitor(),
              Optional.of(
                  "No se cambió: revisa la contraseña actual; la nueva necesita 10 caracteres o más."),
              s.accounts().mustChangePassword(c.staff().username())));
      return;
    }
    audit(c.staff(), "password.changed", c.staff().username(), "");
    s.sessions().closeAll(c.staff().username());
    StaffSessions.Active fresh = s.sessions().open(c.staff().username());
    c.res().headers().addCookie(cookie(SESSION_COOKIE, fresh.token(), StaffSessionsLifetime.VALUE));
    redirect(c.res(), "/");
  }

  // ---- queue and learner ----

  private void home(Call c) {
    redirect(c.res(), c.staff().role() == Role.COORDINATOR ? "/dashboard" : "/queue");
  }

  private void queue(Call c) {
    Filter f = Filter.of(c.req());
    List<Pages.QueueRow> rows = queueRows(c.staff(), f);
    long urgent =
        rows.stream()
            .filter(r -> r.flag().severity() == Severity.URGENT)
            .filter(r -> r.flag().status() != mx.aprende.bot.console.flags.Status.RESOLVED)
            .count();
    html(
        c.res(),
        Pages.queue(
            c.visitor(),
            f.query(),
            f.state(),
            f.reason(),
            f.status(),
            urgent,
            Pages.queueRows(rows, s.clock().instant())));
  }

  private void queueRows(Call c) {
    html(c.res(), Pages.queueRows(queueRows(c.staff(), Filter.of(c.req())), s.clock().instant()));
  }

  private List<Pages.QueueRow> queueRows(Staff staff, Filter f) {
    Set<mx.aprende.bot.console.flags.Status> statuses =
        f.status().isEmpty()
            ? EnumSet.of(
                mx.aprende.bot.console.flags.Status.OPEN,
                mx.aprende.bot.console.flags.Status.ASSIGNED)
            : mx.aprende.bot.console.flags.Status.byCode(f.status())
                .map(EnumSet::of)
                .orElse(EnumSet.noneOf(mx.aprende.bot.console.flags.Status.class));
    return s.flags().withStatus(statuses, 1000).stream()
        .filter(flag -> f.reason().isEmpty() || flag.reason().code().equals(f.reason()))
        .map(flag -> new Placed(flag, s.directory().place(flag.learnerKey())))
        .filter(p -> staff.sees(p.place()))
        .filter(
            p ->
                f.state().isEmpty()
                    || p.place().state().map(MexicanState::code).orElse("").equals(f.state()))
        .sorted(
            Comparator.comparing((Placed p) -> -p.flag().severity().rank())
                .thenComparing(p -> p.flag().at()))
        .limit(200)
        .map(
            p ->
                new Pages.QueueRow(
                    p.flag(),
                    p.place().state().map(MexicanState::shortName).orElse("sin estado"),
                    s.takeovers().holder(p.flag().learnerKey())))
        .toList();
  }

  private record Placed(Flag flag, LearnerPlace place) {}

  private record Filter(String state, String reason, String status) {
    static Filter of(ServerRequest req) {
      return new Filter(
          req.query().first("state").orElse(""),
          req.query().first("reason").orElse(""),
          req.query().first("status").orElse(""));
    }

    String query() {
      return "?state=" + state + "&reason=" + reason + "&status=" + status;
    }
  }

  /**
   * The learner's page; a refusal (a reply that did not go out) is explained at the top, with the
   * tutor's text kept in the box.
   */
  private void learner(Call c, Optional<Refusal> refusal, String draft) {
    String key = c.key();
    LearnerPlace place = s.directory().place(key);
    refusal.ifPresent(r -> c.res().status(r.status()));
    html(
        c.res(),
        Pages.learner(
            c.visitor(),
            key,
            place.state().map(MexicanState::shortName).orElse("sin estado"),
            s.takeovers().holder(key),
            windowOpen(key),
            s.flags().ofLearner(key),
            Pages.transcript(s.transcripts().of(key, 200)),
            s.progress().of(key),
            refusal,
            draft));
  }

  private boolean windowOpen(String key) {
    Instant now = s.clock().instant();
    return s.transcripts()
        .lastLearnerMessage(key)
        .filter(at -> at.isAfter(now.minus(Duration.ofHours(24))))
        .isPresent();
  }

  private void takeOver(Call c) {
    Optional<String> holder = s.takeovers().holder(c.key());
    if (holder.isPresent() && !holder.get().equals(c.staff().username())) {
      throw new ConsoleException("Otra persona ya atiende esta conversación: " + holder.get());
    }
    s.takeovers().take(c.key(), c.staff().username(), s.clock().instant());
    audit(c.staff(), "takeover", c.key(), "");
    redirect(c.res(), Pages.learnerPath(c.key()));
  }

  private void handBack(Call c) {
    s.takeovers().handBack(c.key());
    audit(c.staff(), "handback", c.key(), "");
    redirect(c.res(), Pages.learnerPath(c.key()));
  }

  private void reply(Call c) {
    String key = c.key();
    String address = heldAddress(c);
    if (!windowOpen(key)) {
      sendTemplate(c, address);
      return;
    }
    String text = c.form().value("text").strip();
    if (text.isEmpty()) {
      throw new ConsoleException("Escribe un mensaje antes de enviarlo.");
    }
    SendResult result =
        text.length() > WHATSAPP_TEXT_MAX
            ? new SendResult.TooLong(WHATSAPP_TEXT_MAX)
            : s.channel().sendText(address, key, text);
    switch (result) {
      case SendResult.Accepted accepted -> {
        s.transcripts()
            .recordTutorMessage(
                key, accepted.itemId(), c.staff().username(), text, s.clock().instant());
        audit(c.staff(), "reply", key, "");
        redirect(c.res(), Pages.learnerPath(key));
      }
      case SendResult.WindowClosed closed -> refused(c, result, text, "reply.window_closed");
      case SendResult.TooLong tooLong -> refused(c, result, text, "reply.too_long");
      case SendResult.Unavailable unavailable -> refused(c, result, text, "reply.unavailable");
    }
  }

  /** The one-click way out of a closed window: the approved template that invites a reply. */
  private void replyTemplate(Call c) {
    sendTemplate(c, heldAddress(c));
  }

  private void sendTemplate(Call c, String address) {
    String key = c.key();
    SendResult result = s.channel().sendTemplate(address, key, s.replyTemplate());
    if (result instanceof SendResult.Accepted accepted) {
      s.transcripts()
          .recordTutorMessage(
              key,
              accepted.itemId(),
              c.staff().username(),
              "[plantilla " + s.replyTemplate() + "]",
              s.clock().instant());
      audit(c.staff(), "reply.template", key, "");
      redirect(c.res(), Pages.learnerPath(key));
    } else {
      refused(c, result, "", "reply.template.refused");
    }
  }

  /** The learner's address, once the caller holds the conversation. */
  private String heldAddress(Call c) {
    Optional<String> holder = s.takeovers().holder(c.key());
    if (holder.isEmpty() || !holder.get().equals(c.staff().username())) {
      throw new ConsoleException("Primero toma la conversación para responder.");
    }
    return s.transcripts()
        .address(c.key())
        .orElseThrow(() -> new ConsoleException("Este estudiante no ha escrito todavía."));
  }

  private void refused(Call c, SendResult result, String draft, String action) {
    audit(c.staff(), action, c.key(), "");
    learner(c, Refusal.of(result), draft);
  }

  private void manualFlag(Call c) {
    String detail = c.form().value("detail").strip();
    if (detail.isEmpty() || detail.length() > 500) {
      throw new ConsoleException("Escribe el motivo de la alerta (hasta 500 caracteres).");
    }
    String id =
        s.flags()
            .raise(c.key(), Reason.MANUAL, Reason.MANUAL.severity(), detail, s.clock().instant());
    audit(c.staff(), "flag.manual", c.key(), id);
    redirect(c.res(), Pages.learnerPath(c.key()));
  }

  private Flag scopedFlag(Call c) {
    String id = c.req().path().pathParameters().get("id");
    Flag flag = s.flags().find(id).orElseThrow(() -> new ConsoleException("Esa alerta no existe."));
    if (!c.staff().sees(s.directory().place(flag.learnerKey()))) {
      throw new ScopeException();
    }
    return flag;
  }

  private void assign(Call c) {
    Flag flag;
    try {
      flag = scopedFlag(c);
    } catch (ScopeException e) {
      deny(c.res(), c.staff(), c.session(), "Esta alerta no está en tu alcance.");
      return;
    }
    s.flags().assign(flag.id(), c.staff().username(), s.clock().instant());
    audit(c.staff(), "flag.assign", flag.learnerKey(), flag.id());
    redirect(c.res(), Pages.learnerPath(flag.learnerKey()));
  }

  private void resolve(Call c) {
    Flag flag;
    try {
      flag = scopedFlag(c);
    } catch (ScopeException e) {
      deny(c.res(), c.staff(), c.session(), "Esta alerta no está en tu alcance.");
      return;
    }
    String note = c.form().value("note").strip();
    if (note.isEmpty() || note.length() > 1000) {
      throw new ConsoleException("Escribe una nota de cierre (hasta 1000 caracteres).");
    }
    s.flags().resolve(flag.id(), c.staff().username(), note, s.clock().instant());
    audit(c.staff(), "flag.resolve", flag.learnerKey(), flag.id());
    redirect(c.res(), Pages.learnerPath(flag.learnerKey()));
  }

  /** Thrown inside a handler when a flag's learner is outside the caller's scope. */
  private static final class ScopeException extends RuntimeException {
    ScopeException() {
      super("out of scope", null, false, false);
    }
  }

  private void nudge(Call c) {
    String key = c.key();
    if (s.directory().optedOut(key)) {
      throw new ConsoleException("Este estudiante pidió no recibir mensajes (baja).");
    }
    String address =
        s.transcripts()
            .address(key)
            .orElseThrow(() -> new ConsoleException("Este estudiante no ha escrito todavía."));
    Optional<Refusal> refusal =
        Refusal.of(s.channel().sendTemplate(address, key, s.nudgeTemplate()));
    if (refusal.isPresent()) {
      throw new ConsoleException(refusal.get().title() + " " + refusal.get().advice());
    }
    audit(c.staff(), "nudge", key, s.nudgeTemplate());
    redirect(c.res(), "/dashboard");
  }

  // ---- dashboard ----

  private record Range(LocalDate from, LocalDate to) {
    String query() {
      return "?from=" + from + "&to=" + to;
    }
  }

  private Range range(ServerRequest req) {
    LocalDate today = LocalDate.ofInstant(s.clock().instant(), ZoneOffset.UTC);
    LocalDate to = date(req.query().first("to").orElse("")).orElse(today);
    LocalDate from = date(req.query().first("from").orElse("")).orElse(to.minusDays(29));
    if (from.isAfter(to)) {
      from = to;
    }
    return new Range(from, to);
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Dashboard compute(Staff staff, Range range) {
    Optional<Set<String>> learners =
        staff.role() == Role.ADMIN
            ? Optional.empty()
            : Optional.of(
                s.directory().known().stream()
                    .filter(k -> staff.sees(s.directory().place(k)))
                    .collect(Collectors.toSet()));
    return s.dashboards()
        .compute(
            new DashboardQuery(
                learners,
                centers(staff),
                range.from(),
                range.to(),
                s.clock().instant().truncatedTo(ChronoUnit.MINUTES)));
  }

  /** The exam centers a staff member's dashboard covers: their scope's. */
  private static CenterScope centers(Staff staff) {
    if (staff.role() == Role.ADMIN) {
      return new CenterScope.All();
    }
    return switch (staff.scope()) {
      case Scope.Everyone everyone -> new CenterScope.All();
      case Scope.States states ->
          new CenterScope.InStates(
              states.states().stream().map(MexicanState::code).collect(Collectors.toSet()));
      case Scope.Center center -> new CenterScope.One(center.center());
    };
  }

  private void dashboard(Call c) {
    Range range = range(c.req());
    html(
        c.res(),
        Pages.dashboard(
            c.visitor(),
            compute(c.staff(), range),
            range.from().toString(),
            range.to().toString(),
            range.query()));
  }

  private void csv(Call c) {
    Range range = range(c.req());
    Dashboard d = compute(c.staff(), range);
    String table = c.req().query().first("table").orElse("perDay");
    Csv csv = new Csv();
    switch (table) {
      case "modules" -> {
        csv.row("modulo", "menos_de_50", "50_a_80", "80_o_mas");
        d.modules().forEach(m -> csv.row(m.module(), m.low(), m.middle(), m.high()));
      }
      case "funnel" -> {
        csv.row("etapa", "estudiantes");
        d.funnel()
            .forEach(
                f ->
                    csv.row(
                        f.name(),
                        f.count().isPresent() ? String.valueOf(f.count().getAsLong()) : ""));
      }
      case "atRisk" -> {
        csv.row("estudiante", "ultimo_mensaje", "respuestas");
        d.atRisk()
            .forEach(
                r -> csv.row(Pages.masked(r.learnerKey()), r.lastSeen().toString(), r.answers()));
      }
      case "calendar" -> {
        csv.row("fecha", "hora", "centro", "examen", "lugares_ocupados", "capacidad");
        d.calendar()
            .forEach(
                x ->
                    csv.row(
                        x.date().toString(),
                        x.time().toString(),
                        x.center(),
                        x.subject(),
                        x.taken(),
                        x.capacity()));
      }
      case "results" -> {
        csv.row(
            "centro",
            "modulo",
            "agendados",
            "presentaron",
            "aprobados",
            "no_aprobados",
            "porcentaje_aprobados");
        d.results()
            .forEach(
                x ->
                    csv.row(
                        x.center(),
                        x.module(),
                        x.booked(),
                        x.checkedIn(),
                        x.passed(),
                        x.failed(),
                        x.passRate().isPresent() ? String.valueOf(x.passRate().getAsInt()) : ""));
      }
      default -> {
        csv.row("dia", "mensajes", "respuestas");
        d.perDay().forEach(x -> csv.row(x.day(), x.messages(), x.answers()));
      }
    }
    audit(c.staff(), "export.csv", "", table);
    c.res()
        .header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8")
        .header(
            HeaderNames.CONTENT_DISPOSITION,
            "attachment; filename=\"aprende-"
                + table.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                + ".csv\"")
        .send(csv.toString());
  }

  // ---- admin ----

  private void createUser(Call c) {
    Role role;
    try {
      role = Role.valueOf(c.form().value("role"));
    } catch (IllegalArgumentException e) {
      throw new ConsoleException("Rol desconocido.");
    }
    Set<MexicanState> states = EnumSet.noneOf(MexicanState.class);
    for (String code : c.form().value("states").split("[,\\s]+")) {
      if (!code.isBlank()) {
        states.add(
            MexicanState.byCode(code.strip())
                .orElseThrow(() -> new ConsoleException("Clave de estado desconocida: " + code)));
      }
    }
    String center = c.form().value("center").strip();
    Scope scope =
        !center.isEmpty() && role == Role.COORDINATOR
            ? new Scope.Center(center)
            : new Scope.States(states);
    if (role != Role.ADMIN && scope instanceof Scope.States st && st.states().isEmpty()) {
      throw new ConsoleException("Indica al menos un estado o un centro.");
    }
    Accounts.Created created = s.accounts().create(c.form().value("username"), role, scope);
    audit(c.staff(), "user.create", created.account().username(), role.name());
    html(
        c.res(),
        Pages.users(
            c.visitor(),
            s.accounts().all(),
            Optional.of(
                "Usuario "
                    + created.account().username()
                    + " creado. Contraseña de un solo uso: "
                    + created.oneTimePassword()
                    + " (no se volverá a mostrar)")));
  }

  // ---- helpers ----

  private void deny(ServerResponse res, Staff staff, StaffSessions.Active session, String message) {
    res.status(Status.FORBIDDEN_403);
    html(
        res,
        Pages.problem(
            Optional.of(new Pages.Visitor(staff, session.csrfToken())), "Sin acceso", message));
  }

  private void audit(Staff staff, String action, String target, String detail) {
    s.audit()
        .record(new AuditLog.Entry(s.clock().instant(), staff.username(), action, target, detail));
  }

  private SetCookie cookie(String name, String value, Duration maxAge) {
    return SetCookie.builder(name, value)
        .path("/")
        .httpOnly(true)
        .sameSite(SetCookie.SameSite.STRICT)
        .secure(s.secureCookies())
        .maxAge(maxAge)
        .build();
  }

  private static Form form(ServerRequest req) {
    return req.content().hasEntity() ? Form.parse(req.content().as(String.class)) : Form.EMPTY;
  }

  private static void noCache(ServerResponse res) {
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    res.header(HeaderNames.create("X-Frame-Options"), "DENY");
    res.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
    res.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
    res.header(
        HeaderNames.create("Content-Security-Policy"),
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " frame-ancestors 'none'; form-action 'self'");
  }

  static void redirect(ServerResponse res, String location) {
    res.status(Status.SEE_OTHER_303).header(HeaderNames.LOCATION, location).send();
  }

  static void html(ServerResponse res, String page) {
    res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8").send(page);
  }

  private static io.helidon.webserver.http.HttpService classpath(String location) {
    return StaticContentFeature.createService(
        ClasspathHandlerConfig.builder().location(location).build());
  }

  /** How long the session cookie lives in the browser (the server enforces its own limits). */
  private static final class StaffSessionsLifetime {
    static final Duration VALUE = Duration.ofHours(12);
  }
}
