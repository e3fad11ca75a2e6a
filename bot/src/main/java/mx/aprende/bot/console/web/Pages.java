package mx.aprende.bot.console.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mx.aprende.bot.console.access.AuditLog;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Staff;
import mx.aprende.bot.console.access.StaffAccount;
import mx.aprende.bot.console.dashboard.Dashboard;
import mx.aprende.bot.console.flags.Flag;
import mx.aprende.bot.console.flags.Reason;
import mx.aprende.bot.console.flags.Status;
import mx.aprende.bot.console.learners.Progress;
import mx.aprende.bot.console.learners.TranscriptEntry;
import mx.aprende.bot.region.MexicanState;

/** The console's pages, in Spanish, built with {@link Html} so every value is escaped. */
final class Pages {

  private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(ZONE);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.forLanguageTag("es-MX"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private Pages() {}

  /** A queue row: the flag, where its learner belongs, and whether someone holds them. */
  record QueueRow(Flag flag, String stateName, Optional<String> holder) {}

  /** The current visitor: who, and the token forms carry. */
  record Visitor(Staff staff, String csrf) {}

  static String layout(String title, Optional<Visitor> visitor, String body) {
    Html h = new Html();
    h.markup("<!doctype html>")
        .open("html", "lang", "es-MX")
        .open("head")
        .empty("meta", "charset", "utf-8")
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .element("title", title + " · Aprende")
        .empty("link", "rel", "stylesheet", "href", "/assets/console.css")
        .open("script", "src", "/assets/htmx/htmx.min.js", "defer", "defer")
        .close("script")
        .close("head")
        .open("body");
    visitor.ifPresent(v -> nav(h, v));
    h.open("main").element("h1", title).markup(body).close("main").close("body").close("html");
    return h.toString();
  }

  private static void nav(Html h, Visitor v) {
    Role role = v.staff().role();
    h.open("header").open("nav");
    h.element("strong", "Aprende");
    h.element("a", "Cola", "href", "/queue");
    if (role != Role.TUTOR) {
      h.element("a", "Tablero", "href", "/dashboard");
      h.element("a", "Exámenes", "href", "/exams");
    }
    if (role == Role.ADMIN) {
      h.element("a", "Usuarios", "href", "/admin/users");
      h.element("a", "Auditoría", "href", "/admin/audit");
    }
    h.element("a", "Contraseña", "href", "/password");
    h.open("form", "method", "post", "action", "/logout", "class", "inline");
    csrf(h, v.csrf());
    h.element("button", "Salir", "type", "submit");
    h.close("form");
    h.element(
        "span",
        v.staff().username() + " · " + role.label() + " · " + v.staff().scope().label(),
        "class",
        "who");
    h.close("nav").close("header");
  }

  static void csrf(Html h, String token) {
    h.empty("input", "type", "hidden", "name", "_csrf", "value", token);
  }

  static String login(Optional<String> message, String preToken) {
    Html h = new Html();
    message.ifPresent(m -> h.element("p", m, "class", "error", "id", "login-error"));
    h.open("form", "method", "post", "action", "/login", "class", "card narrow");
    h.empty("input", "type", "hidden", "name", "_csrf", "value", preToken);
    h.element("label", "Usuario", "for", "username");
    h.empty(
        "input",
        "id",
        "username",
        "name",
        "username",
        "autocomplete",
        "username",
        "required",
        "required");
    h.element("label", "Contraseña", "for", "password");
    h.empty(
        "input",
        "id",
        "password",
        "name",
        "password",
        "type",
        "password",
        "autocomplete",
        "current-password",
        "required",
        "required");
    h.element("button", "Entrar", "type", "submit", "id", "login");
    h.close("form");
    return layout("Entrar", Optional.empty(), h.toString());
  }

  static String password(Visitor v, Optional<String> message, boolean mustChange) {
    Html h = new Html();
    if (mustChange) {
      h.element("p", "Antes de seguir, cambia la contraseña que te dieron.", "class", "notice");
    }
    message.ifPresent(m -> h.element("p", m, "class", "error"));
    h.open("form", "method", "post", "action", "/password", "class", "card narrow");
    csrf(h, v.csrf());
    h.element("label", "Contraseña actual", "for", "current");
    h.empty(
        "input", "id", "current", "name", "current", "type", "password", "required", "required");
    h.element("label", "Contraseña nueva (10 caracteres o más)", "for", "replacement");
    h.empty(
        "input",
        "id",
        "replacement",
        "name",
        "replacement",
        "type",
        "password",
        "minlength",
        "10",
        "required",
        "required");
    h.element("button", "Cambiar", "type", "submit", "id", "change-password");
    h.close("form");
    return layout("Cambiar contraseña", Optional.of(v), h.toString());
  }

  static String queue(
      Visitor v,
      String filterQuery,
      String selectedState,
      String selectedReason,
      String selectedStatus,
      long urgent,
      String rows) {
    Html h = new Html();
    if (urgent > 0) {
      h.element(
          "p", urgent + " alerta(s) urgente(s) abiertas", "class", "urgent-banner", "id", "urgent");
    }
    h.open("form", "method", "get", "action", "/queue", "class", "filters");
    h.open("select", "name", "state", "aria-label", "Estado");
    option(h, "", "Todos los estados", selectedState);
    for (MexicanState s : MexicanState.values()) {
      option(h, s.code(), s.shortName(), selectedState);
    }
    h.close("select");
    h.open("select", "name", "reason", "aria-label", "Motivo");
    option(h, "", "Todos los motivos", selectedReason);
    for (Reason r : Reason.values()) {
      option(h, r.code(), r.label(), selectedReason);
    }
    h.close("select");
    h.open("select", "name", "status", "aria-label", "Situación");
    option(h, "", "Pendientes", selectedStatus);
    for (Status s : Status.values()) {
      option(h, s.code(), s.label(), selectedStatus);
    }
    h.close("select");
    h.element("button", "Filtrar", "type", "submit");
    h.close("form");
    h.open("div", "class", "scroll").open("table", "class", "queue");
    h.open("thead").open("tr");
    for (String c :
        List.of("Gravedad", "Motivo", "Estudiante", "Estado", "Esperando", "Situación")) {
      h.element("th", c);
    }
    h.close("tr").close("thead");
    h.open(
        "tbody",
        "id",
        "queue-rows",
        "hx-get",
        "/queue/rows" + filterQuery,
        "hx-trigger",
        "every 5s",
        "hx-swap",
        "innerHTML");
    h.markup(rows);
    h.close("tbody").close("table").close("div");
    return layout("Cola de atención", Optional.of(v), h.toString());
  }

  static String queueRows(List<QueueRow> rows, Instant now) {
    Html h = new Html();
    if (rows.isEmpty()) {
      h.open("tr").element("td", "No hay alertas pendientes.", "colspan", "6").close("tr");
    }
    for (QueueRow row : rows) {
      Flag f = row.flag();
      h.open("tr", "class", "sev-" + f.severity().code(), "data-learner", f.learnerKey());
      h.element("td", f.severity().label(), "class", "sev");
      h.element("td", f.reason().label() + (f.count() > 1 ? " ×" + f.count() : ""));
      h.open("td")
          .element("a", masked(f.learnerKey()), "href", learnerPath(f.learnerKey()))
          .close("td");
      h.element("td", row.stateName());
      h.element("td", waited(Duration.between(f.at(), now)));
      h.element(
          "td",
          f.status().label()
              + f.assignee().map(a -> " (" + a + ")").orElse("")
              + row.holder().map(x -> " · atendido por persona").orElse(""));
      h.close("tr");
    }
    return h.toString();
  }

  static String learner(
      Visitor v,
      String key,
      String stateName,
      Optional<String> holder,
      boolean windowOpen,
      List<Flag> flags,
      String transcript,
      Progress progress,
      Optional<Refusal> refusal,
      String draft) {
    Html h = new Html();
    String base = learnerPath(key);
    refusal.ifPresent(r -> refusal(h, v, base, r));
    h.open("section", "class", "card");
    h.element("p", "Estudiante " + masked(key) + " · " + stateName, "id", "learner-header");
    boolean canAct = v.staff().role() != Role.COORDINATOR;
    if (holder.isPresent()) {
      h.element(
          "p",
          "Conversación atendida por " + holder.get() + ". El bot está en silencio.",
          "class",
          "held",
          "id",
          "held");
    } else {
      h.element("p", "El bot atiende esta conversación.", "id", "bot-active");
    }
    if (canAct) {
      h.open("div", "class", "actions");
      if (holder.isEmpty()) {
        actionButton(h, v, base + "/takeover", "Tomar la conversación", "takeover");
      } else {
        actionButton(h, v, base + "/handback", "Devolver al bot", "handback");
      }
      h.close("div");
      if (holder.isPresent() && holder.get().equals(v.staff().username())) {
        h.open("form", "method", "post", "action", base + "/reply", "class", "reply");
        csrf(h, v.csrf());
        if (windowOpen) {
          h.element("label", "Responder como persona", "for", "reply-text");
          h.open(
                  "textarea",
                  "id",
                  "reply-text",
                  "name",
                  "text",
                  "rows",
                  "3",
                  "maxlength",
                  "4096",
                  "required",
                  "required")
              .text(draft)
              .close("textarea");
          h.element("button", "Enviar", "type", "submit", "id", "send-reply");
        } else {
          h.element(
              "p",
              "Pasaron más de 24 horas desde su último mensaje: WhatsApp solo permite una plantilla"
                  + " aprobada que le invita a escribir.",
              "class",
              "notice");
          h.empty("input", "type", "hidden", "name", "template", "value", "1");
          h.element("button", "Enviar plantilla", "type", "submit", "id", "send-template");
        }
        h.close("form");
      }
    }
    h.close("section");

    h.open("section", "class", "card");
    h.element("h2", "Alertas");
    if (flags.isEmpty()) {
      h.element("p", "Sin alertas.");
    }
    h.open("ul", "class", "flags");
    for (Flag f : flags) {
      h.open("li", "class", "sev-" + f.severity().code(), "data-flag", f.id());
      h.element("strong", f.severity().label() + " · " + f.reason().label());
      h.text(" · " + WHEN.format(f.at()) + " · " + f.status().label());
      h.element("div", f.detail(), "class", "detail");
      f.note().ifPresent(n -> h.element("div", "Nota: " + n, "class", "detail"));
      if (canAct && f.status() != Status.RESOLVED) {
        if (f.status() == Status.OPEN) {
          actionButton(h, v, "/flags/" + f.id() + "/assign", "Asignarme", "assign-" + f.id());
        }
        h.open(
            "form", "method", "post", "action", "/flags/" + f.id() + "/resolve", "class", "inline");
        csrf(h, v.csrf());
        h.empty(
            "input",
            "name",
            "note",
            "placeholder",
            "Nota de cierre",
            "required",
            "required",
            "aria-label",
            "Nota de cierre");
        h.element("button", "Resolver", "type", "submit", "class", "resolve");
        h.close("form");
      }
      h.close("li");
    }
    h.close("ul");
    if (canAct) {
      h.open("form", "method", "post", "action", base + "/flag", "class", "inline");
      csrf(h, v.csrf());
      h.empty(
          "input",
          "name",
          "detail",
          "placeholder",
          "Motivo de la alerta",
          "required",
          "required",
          "aria-label",
          "Motivo de la alerta");
      h.element("button", "Marcar alerta", "type", "submit", "id", "manual-flag");
      h.close("form");
    }
    h.close("section");

    h.open("section", "class", "card");
    h.element("h2", "Conversación");
    h.open(
        "div",
        "id",
        "transcript",
        "hx-get",
        base + "/transcript",
        "hx-trigger",
        "every 5s",
        "hx-swap",
        "innerHTML");
    h.markup(transcript);
    h.close("div");
    h.close("section");

    h.open("section", "class", "card");
    h.element("h2", "Avance");
    progress
        .currentActivity()
        .ifPresent(a -> h.element("p", "Siguiente paso: " + a, "id", "activity"));
    progress.reason().ifPresent(r -> h.element("p", "Por qué: " + r, "class", "detail"));
    h.open("table").open("tr");
    for (String c : List.of("Módulo", "Habilidades dominadas", "Respuestas")) {
      h.element("th", c);
    }
    h.close("tr");
    for (Progress.ModuleProgress m : progress.modules()) {
      h.open("tr")
          .element("td", m.title())
          .element("td", m.mastered() + " de " + m.skills())
          .element("td", String.valueOf(m.attempts()))
          .close("tr");
    }
    h.close("table");
    h.close("section");
    return layout("Conversación", Optional.of(v), h.toString());
  }

  /** A reply that did not go out: what happened, what to do, and the template when it helps. */
  private static void refusal(Html h, Visitor v, String base, Refusal r) {
    h.open("section", "class", "card refusal", "id", "refusal", "role", "alert");
    h.element("p", r.title(), "class", "error", "id", "refusal-title");
    h.element("p", r.advice(), "id", "refusal-advice");
    if (r.offerTemplate()) {
      actionButton(
          h, v, base + "/reply-template", "Enviar plantilla de contacto", "send-template-now");
    }
    h.close("section");
  }

  static String transcript(List<TranscriptEntry> lines) {
    Html h = new Html();
    if (lines.isEmpty()) {
      h.element("p", "Todavía no hay mensajes.");
    }
    for (TranscriptEntry line : lines) {
      String who = line.speaker().label() + (line.author().isEmpty() ? "" : " " + line.author());
      h.open("div", "class", "line " + line.speaker().name().toLowerCase(Locale.ROOT));
      h.element("span", who + " · " + WHEN.format(line.at()), "class", "meta");
      h.element("div", line.text(), "class", "text");
      h.close("div");
    }
    return h.toString();
  }

  static String dashboard(Visitor v, Dashboard d, String from, String to, String query) {
    Html h = new Html();
    h.open("form", "method", "get", "action", "/dashboard", "class", "filters");
    h.element("label", "Desde", "for", "from");
    h.empty("input", "type", "date", "id", "from", "name", "from", "value", from);
    h.element("label", "Hasta", "for", "to");
    h.empty("input", "type", "date", "id", "to", "name", "to", "value", to);
    h.element("button", "Ver", "type", "submit");
    h.close("form");
    h.open("div", "class", "figures");
    figure(h, "Activos hoy", d.activeDay(), "active-day");
    figure(h, "Activos 7 días", d.activeWeek(), "active-week");
    figure(h, "Activos 30 días", d.activeMonth(), "active-month");
    figure(h, "Inscritos", d.signUps(), "signups");
    figure(h, "Mensajes recibidos", d.messagesIn(), "messages-in");
    figure(h, "Mensajes enviados", d.messagesOut(), "messages-out");
    figure(h, "Ejercicios", d.exercises(), "exercises");
    figure(h, "Aciertos", d.correct(), "correct");
    h.close("div");

    ObjectNode activity = JSON.createObjectNode();
    ArrayNode days = activity.putArray("labels");
    ArrayNode messages = activity.putArray("messages");
    ArrayNode answers = activity.putArray("answers");
    d.perDay()
        .forEach(
            day -> {
              days.add(day.day());
              messages.add(day.messages());
              answers.add(day.answers());
            });
    chart(h, "Actividad por día", "activity", activity, "perDay", query);
    table(
        h,
        List.of("Día", "Mensajes", "Respuestas"),
        d.perDay().stream().map(x -> List.<Object>of(x.day(), x.messages(), x.answers())).toList());

    ObjectNode mastery = JSON.createObjectNode();
    ArrayNode modules = mastery.putArray("labels");
    ArrayNode low = mastery.putArray("low");
    ArrayNode middle = mastery.putArray("middle");
    ArrayNode high = mastery.putArray("high");
    d.modules()
        .forEach(
            m -> {
              modules.add(m.module());
              low.add(m.low());
              middle.add(m.middle());
              high.add(m.high());
            });
    chart(h, "Aciertos por módulo (estudiantes)", "mastery", mastery, "modules", query);
    table(
        h,
        List.of("Módulo", "Menos de 50 %", "50–80 %", "80 % o más"),
        d.modules().stream()
            .map(x -> List.<Object>of(x.module(), x.low(), x.middle(), x.high()))
            .toList());

    ObjectNode funnel = JSON.createObjectNode();
    ArrayNode stages = funnel.putArray("labels");
    ArrayNode counts = funnel.putArray("counts");
    d.funnel()
        .forEach(
            s -> {
              stages.add(s.name());
              counts.add(s.count().orElse(0));
            });
    chart(h, "Embudo", "funnel", funnel, "funnel", query);
    table(
        h,
        List.of("Etapa", "Estudiantes"),
        d.funnel().stream()
            .map(
                s ->
                    List.<Object>of(
                        s.name(),
                        s.count().isPresent()
                            ? String.valueOf(s.count().getAsLong())
                            : "sin datos"))
            .toList());

    h.element("h2", "Estudiantes en riesgo (14 días o más sin escribir)");
    csvLink(h, "atRisk", query);
    h.open("table", "id", "at-risk").open("tr");
    for (String c : List.of("Estudiante", "Último mensaje", "Respuestas", "")) {
      h.element("th", c);
    }
    h.close("tr");
    for (Dashboard.AtRisk r : d.atRisk()) {
      h.open("tr")
          .element("td", masked(r.learnerKey()))
          .element("td", WHEN.format(r.lastSeen()))
          .element("td", String.valueOf(r.answers()))
          .open("td");
      actionButton(h, v, learnerPath(r.learnerKey()) + "/nudge", "Enviar recordatorio", "nudge");
      h.close("td").close("tr");
    }
    h.close("table");

    h.element("h2", "Calendario de exámenes");
    h.element(
        "p",
        "Sesiones desde hoy hasta el fin del rango (al menos 8 semanas) en los centros de tu"
            + " alcance.",
        "class",
        "detail");
    csvLink(h, "calendar", query);
    if (d.calendar().isEmpty()) {
      h.element("p", "No hay sesiones de examen próximas.", "id", "calendar-empty");
    } else {
      h.open("div", "class", "scroll");
      h.open("table", "id", "exam-calendar").open("tr");
      for (String c : List.of("Fecha", "Hora", "Centro", "Examen", "Lugares")) {
        h.element("th", c);
      }
      h.close("tr");
      for (Dashboard.ExamSlot x : d.calendar()) {
        boolean full = x.taken() >= x.capacity();
        h.open("tr")
            .element("td", DAY.format(x.date()))
            .element("td", x.time().toString())
            .element("td", x.center())
            .element("td", x.subject())
            .element(
                "td",
                x.taken() + " de " + x.capacity() + (full ? " · llena" : ""),
                "class",
                full ? "full" : "seats")
            .close("tr");
      }
      h.close("table").close("div");
    }

    ObjectNode exams = JSON.createObjectNode();
    ArrayNode centers = exams.putArray("labels");
    ArrayNode passed = exams.putArray("passed");
    ArrayNode failed = exams.putArray("failed");
    ArrayNode pending = exams.putArray("pending");
    Map<String, long[]> byCenter = new TreeMap<>();
    d.results()
        .forEach(
            r -> {
              long[] c = byCenter.computeIfAbsent(r.center(), k -> new long[3]);
              c[0] += r.passed();
              c[1] += r.failed();
              c[2] += r.booked() - r.passed() - r.failed();
            });
    byCenter.forEach(
        (center, c) -> {
          centers.add(center);
          passed.add(c[0]);
          failed.add(c[1]);
          pending.add(c[2]);
        });
    if (d.results().isEmpty()) {
      h.element("h2", "Resultados por centro y módulo");
      csvLink(h, "results", query);
      h.element("p", "No hay exámenes en este rango de fechas.", "id", "results-empty");
    } else {
      chart(h, "Resultados por centro y módulo", "exams", exams, "results", query);
      h.open("div", "class", "scroll");
      h.open("table", "id", "exam-results").open("tr");
      for (String c :
          List.of(
              "Centro",
              "Módulo",
              "Agendados",
              "Presentaron",
              "Aprobados",
              "No aprobados",
              "% aprobados")) {
        h.element("th", c);
      }
      h.close("tr");
      for (Dashboard.ExamResult r : d.results()) {
        h.open("tr")
            .element("td", r.center())
            .element("td", r.module())
            .element("td", String.valueOf(r.booked()))
            .element("td", String.valueOf(r.checkedIn()))
            .element("td", String.valueOf(r.passed()))
            .element("td", String.valueOf(r.failed()))
            .element(
                "td", r.passRate().isPresent() ? r.passRate().getAsInt() + " %" : "sin resultados")
            .close("tr");
      }
      h.close("table").close("div");
    }
    h.open("script", "src", "/assets/echarts/echarts.min.js").close("script");
    h.open("script", "src", "/assets/console.js").close("script");
    return layout("Tablero · " + v.staff().scope().label(), Optional.of(v), h.toString());
  }

  static String users(Visitor v, List<StaffAccount> accounts, Optional<String> created) {
    Html h = new Html();
    created.ifPresent(c -> h.element("p", c, "class", "notice", "id", "created"));
    h.open("table").open("tr");
    for (String c : List.of("Usuario", "Rol", "Alcance")) {
      h.element("th", c);
    }
    h.close("tr");
    for (StaffAccount a : accounts) {
      h.open("tr")
          .element("td", a.username())
          .element("td", a.role().label())
          .element("td", a.scope().label())
          .close("tr");
    }
    h.close("table");
    h.element("h2", "Nuevo usuario");
    h.open("form", "method", "post", "action", "/admin/users", "class", "card narrow");
    csrf(h, v.csrf());
    h.element("label", "Usuario", "for", "new-username");
    h.empty("input", "id", "new-username", "name", "username", "required", "required");
    h.element("label", "Rol", "for", "role");
    h.open("select", "id", "role", "name", "role");
    for (Role r : Role.values()) {
      option(h, r.name(), r.label(), "TUTOR");
    }
    h.close("select");
    h.element("label", "Estados (claves INEGI separadas por coma, p. ej. 09,15)", "for", "states");
    h.empty("input", "id", "states", "name", "states");
    h.element("label", "Centro (solo coordinación de centro)", "for", "center");
    h.empty("input", "id", "center", "name", "center");
    h.element("button", "Crear", "type", "submit");
    h.close("form");
    return layout("Usuarios", Optional.of(v), h.toString());
  }

  static String audit(Visitor v, List<AuditLog.Entry> entries) {
    Html h = new Html();
    table(
        h,
        List.of("Cuándo", "Quién", "Acción", "Sobre", "Detalle"),
        entries.stream()
            .map(
                e ->
                    List.<Object>of(
                        WHEN.format(e.at()), e.actor(), e.action(), masked(e.target()), e.detail()))
            .toList());
    return layout("Auditoría", Optional.of(v), h.toString());
  }

  static String problem(Optional<Visitor> v, String title, String message) {
    Html h = new Html();
    h.element("p", message, "class", "error");
    h.element("a", "Volver", "href", "/");
    return layout(title, v, h.toString());
  }

  /** A learner key shown to staff: the last four characters only. */
  static String masked(String key) {
    if (key.length() <= 4) {
      return key;
    }
    return "•••" + key.substring(key.length() - 4);
  }

  static String learnerPath(String key) {
    return "/learners/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }

  static String waited(Duration d) {
    if (d.toMinutes() < 1) {
      return "menos de 1 min";
    }
    if (d.toHours() < 1) {
      return d.toMinutes() + " min";
    }
    if (d.toDays() < 1) {
      return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    return d.toDays() + " d " + d.toHoursPart() + " h";
  }

  private static void figure(Html h, String label, long value, String id) {
    h.open("div", "class", "figure", "id", id)
        .element("span", String.valueOf(value), "class", "value")
        .element("span", label, "class", "label")
        .close("div");
  }

  private static void chart(
      Html h, String title, String kind, ObjectNode data, String table, String query) {
    h.element("h2", title);
    csvLink(h, table, query);
    h.open(
            "div",
            "class",
            "chart",
            "id",
            "chart-" + kind,
            "data-chart",
            kind,
            "data-series",
            data.toString())
        .close("div");
  }

  private static void csvLink(Html h, String table, String query) {
    h.element(
        "a",
        "Descargar CSV",
        "href",
        "/dashboard.csv?table=" + table + query.replace('?', '&'),
        "class",
        "csv",
        "id",
        "csv-" + table);
  }

  private static void table(Html h, List<String> headers, List<List<Object>> rows) {
    h.open("table").open("tr");
    headers.forEach(c -> h.element("th", c));
    h.close("tr");
    for (List<Object> row : rows) {
      h.open("tr");
      row.forEach(cell -> h.element("td", String.valueOf(cell)));
      h.close("tr");
    }
    h.close("table");
  }

  private static void actionButton(Html h, Visitor v, String action, String label, String id) {
    h.open("form", "method", "post", "action", action, "class", "inline");
    csrf(h, v.csrf());
    h.element("button", label, "type", "submit", "id", id);
    h.close("form");
  }

  private static void option(Html h, String value, String label, String selected) {
    if (value.equals(selected)) {
      h.open("option", "value", value, "selected", "selected").text(label).close("option");
    } else {
      h.element("option", label, "value", value);
    }
  }
}
