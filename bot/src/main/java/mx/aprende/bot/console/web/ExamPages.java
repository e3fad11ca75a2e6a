package mx.aprende.bot.console.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.BookingStatus;
import mx.aprende.bot.exam.Center;
import mx.aprende.bot.exam.ExamDay;
import mx.aprende.bot.exam.ExamSession;

/**
 * The exam-day pages (sessions, the session form, a session with its check-in and roster), in
 * Spanish, built with {@link Html} so every value is escaped. Learners appear by booking code and
 * first name only: staff need nothing else to greet and grade them.
 */
final class ExamPages {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.forLanguageTag("es-MX"));
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.forLanguageTag("es-MX"));

  private ExamPages() {}

  /** What the session form shows: empty for a new session, the session's values when editing. */
  record FormValues(String center, String subject, String date, String time, String capacity) {
    static final FormValues EMPTY = new FormValues("", "", "", "09:00", "20");

    static FormValues of(ExamSession s) {
      return new FormValues(
          s.centerId(),
          s.subject(),
          s.date().toString(),
          s.time().toString(),
          String.valueOf(s.capacity()));
    }
  }

  static String sessions(
      Pages.Visitor v,
      List<Center> centers,
      String selectedCenter,
      List<ExamDay.Sitting> upcoming,
      List<ExamDay.Sitting> past,
      ExamDay day) {
    Html h = new Html();
    h.element("a", "+ Nuevo examen", "href", "/exams/new", "class", "button", "id", "new-session");
    if (centers.size() > 1) {
      h.open("form", "method", "get", "action", "/exams", "class", "filters");
      h.open("select", "name", "center", "aria-label", "Centro", "id", "center-filter");
      option(h, "", "Todos mis centros", selectedCenter);
      for (Center c : centers) {
        option(h, c.id(), c.name(), selectedCenter);
      }
      h.close("select");
      h.element("button", "Ver", "type", "submit");
      h.close("form");
    }
    h.element("h2", "Próximos");
    sittings(h, upcoming, day, "upcoming");
    h.element("h2", "Pasados");
    sittings(h, past, day, "past");
    return Pages.layout("Exámenes", Optional.of(v), h.toString());
  }

  private static void sittings(Html h, List<ExamDay.Sitting> list, ExamDay day, String id) {
    h.open("div", "class", "scroll").open("table", "class", "sessions", "id", id);
    h.open("thead").open("tr");
    for (String c : List.of("Fecha", "Centro", "Examen", "Lugares")) {
      h.element("th", c);
    }
    h.close("tr").close("thead").open("tbody");
    if (list.isEmpty()) {
      h.open("tr").element("td", "No hay exámenes.", "colspan", "4").close("tr");
    }
    for (ExamDay.Sitting s : list) {
      ExamSession x = s.session();
      h.open("tr", "data-session", x.id());
      h.open("td")
          .element("a", SHORT_DAY.format(x.date()) + " · " + x.time(), "href", path(x.id()))
          .close("td");
      h.element("td", s.center().name());
      h.element("td", day.subjectTitle(x.subject()));
      h.element("td", x.booked() + " / " + x.capacity(), "class", "seats");
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  static String newSession(
      Pages.Visitor v,
      List<Center> centers,
      ExamDay day,
      FormValues values,
      Optional<String> error) {
    Html h = new Html();
    error.ifPresent(e -> h.element("p", e, "class", "error", "id", "form-error"));
    h.open(
        "form", "method", "post", "action", "/exams", "class", "card narrow", "id", "session-form");
    Pages.csrf(h, v.csrf());
    h.element("label", "Centro", "for", "center");
    h.open("select", "id", "center", "name", "center", "required", "required");
    if (centers.size() != 1) {
      option(h, "", "Elige un centro", values.center());
    }
    for (Center c : centers) {
      option(h, c.id(), c.name() + " · " + c.municipality(), values.center());
    }
    h.close("select");
    fields(h, day, values);
    h.element("button", "Crear examen", "type", "submit", "id", "create-session");
    h.close("form");
    return Pages.layout("Nuevo examen", Optional.of(v), h.toString());
  }

  private static void fields(Html h, ExamDay day, FormValues values) {
    h.element("label", "Examen de", "for", "subject");
    h.open("select", "id", "subject", "name", "subject", "required", "required");
    option(h, "", "Elige módulo o nivel", values.subject());
    for (ExamDay.Subject s : day.subjects()) {
      option(h, s.id(), s.label(), values.subject());
    }
    h.close("select");
    h.element("label", "Fecha", "for", "date");
    h.empty(
        "input",
        "id",
        "date",
        "name",
        "date",
        "type",
        "date",
        "required",
        "required",
        "value",
        values.date());
    h.element("label", "Hora de inicio", "for", "time");
    h.empty(
        "input",
        "id",
        "time",
        "name",
        "time",
        "type",
        "time",
        "required",
        "required",
        "value",
        values.time());
    h.element("label", "Cupo (lugares)", "for", "capacity");
    h.empty(
        "input",
        "id",
        "capacity",
        "name",
        "capacity",
        "type",
        "number",
        "min",
        "1",
        "max",
        String.valueOf(ExamDay.MAX_CAPACITY),
        "required",
        "required",
        "value",
        values.capacity());
  }

  static String session(
      Pages.Visitor v,
      ExamDay.Sitting sitting,
      List<ExamDay.RosterLine> roster,
      ExamDay day,
      boolean past,
      Optional<String> notice,
      Optional<String> error,
      FormValues edit) {
    ExamSession x = sitting.session();
    Center c = sitting.center();
    Html h = new Html();
    notice.ifPresent(n -> h.element("p", n, "class", "notice", "id", "notice"));
    error.ifPresent(e -> h.element("p", e, "class", "error", "id", "form-error"));
    h.open("section", "class", "card", "id", "session-card");
    h.element("p", day.subjectLabel(x.subject()), "id", "session-subject");
    h.element("p", DAY.format(x.date()) + " · " + x.time(), "id", "session-when");
    h.element("p", c.name() + " · " + c.address() + ", " + c.municipality(), "class", "detail");
    h.element(
        "p", "Lugares: " + x.booked() + " de " + x.capacity() + " ocupados", "id", "session-seats");
    h.close("section");

    h.open("section", "class", "card narrow", "id", "checkin-card");
    h.element("h2", "Registrar llegada");
    h.element(
        "p",
        "Escribe el código de la cita o léelo del QR con la cámara del teléfono. Revisa la"
            + " identificación con foto y escribe el nombre completo como aparece en ella: es el"
            + " que llevará el certificado.",
        "class",
        "detail");
    h.open("form", "method", "post", "action", path(x.id()) + "/checkin", "id", "checkin");
    Pages.csrf(h, v.csrf());
    h.element("label", "Código de la cita", "for", "checkin-code");
    h.empty(
        "input",
        "id",
        "checkin-code",
        "name",
        "code",
        "required",
        "required",
        "autocomplete",
        "off",
        "autocapitalize",
        "characters",
        "spellcheck",
        "false",
        "placeholder",
        "K7P Q3M",
        "maxlength",
        "12",
        "data-qr",
        "true");
    h.element("label", "Nombre completo (como en la identificación)", "for", "checkin-name");
    h.empty(
        "input",
        "id",
        "checkin-name",
        "name",
        "fullName",
        "required",
        "required",
        "autocomplete",
        "off",
        "maxlength",
        "120");
    h.element("button", "Registrar llegada", "type", "submit", "id", "checkin-submit");
    h.close("form").close("section");

    h.element("h2", "Lista de personas inscritas");
    h.open("div", "class", "scroll").open("table", "class", "roster", "id", "roster");
    h.open("thead").open("tr");
    for (String col : List.of("Código", "Nombre", "Módulo", "Situación", "Resultado")) {
      h.element("th", col);
    }
    h.close("tr").close("thead").open("tbody");
    if (roster.isEmpty()) {
      h.open("tr").element("td", "Nadie se ha inscrito todavía.", "colspan", "5").close("tr");
    }
    for (ExamDay.RosterLine line : roster) {
      rosterRow(h, v, x, line);
    }
    h.close("tbody").close("table").close("div");

    if (!past) {
      h.element("h2", "Cambiar datos del examen");
      h.open(
          "form",
          "method",
          "post",
          "action",
          path(x.id()) + "/edit",
          "class",
          "card narrow",
          "id",
          "edit-form");
      Pages.csrf(h, v.csrf());
      if (x.booked() > 0) {
        h.element(
            "p", "Ya hay personas inscritas: solo se puede cambiar el cupo.", "class", "detail");
      }
      fields(h, day, edit);
      h.element("button", "Guardar cambios", "type", "submit", "id", "edit-submit");
      h.close("form");
    }
    h.element("a", "← Todos los exámenes", "href", "/exams");
    h.open("script", "src", "/assets/exam-day.js", "defer", "defer").close("script");
    return Pages.layout("Examen del " + DAY.format(x.date()), Optional.of(v), h.toString());
  }

  private static void rosterRow(Html h, Pages.Visitor v, ExamSession x, ExamDay.RosterLine line) {
    Booking b = line.booking();
    h.open(
        "tr",
        "data-code",
        b.code(),
        "class",
        "status-" + b.status().name().toLowerCase(Locale.ROOT));
    h.element("td", spaced(b.code()), "class", "code");
    h.open("td").text(line.displayName().orElse("—"));
    b.fullName()
        .ifPresent(n -> h.open("span", "class", "detail").markup("<br>").text(n).close("span"));
    h.close("td");
    h.element("td", line.moduleTitle());
    h.element("td", status(b.status()), "class", "status");
    h.open("td");
    switch (b.status()) {
      case CHECKED_IN, PASSED, FAILED -> {
        b.score()
            .ifPresent(s -> h.element("strong", s + " · " + status(b.status()), "class", "score"));
        h.open(
            "form", "method", "post", "action", path(x.id()) + "/result", "class", "inline result");
        Pages.csrf(h, v.csrf());
        h.empty("input", "type", "hidden", "name", "code", "value", b.code());
        h.empty(
            "input",
            "type",
            "number",
            "name",
            "score",
            "min",
            "0",
            "max",
            "100",
            "required",
            "required",
            "aria-label",
            "Calificación",
            "placeholder",
            "0-100",
            "class",
            "score-input",
            "value",
            b.score().isPresent() ? String.valueOf(b.score().getAsInt()) : "");
        h.open("select", "name", "verdict", "aria-label", "Resultado", "class", "verdict");
        option(h, "pass", "Aprobó", b.status() == BookingStatus.FAILED ? "fail" : "pass");
        option(h, "fail", "No aprobó", b.status() == BookingStatus.FAILED ? "fail" : "pass");
        h.close("select");
        h.element("button", b.score().isPresent() ? "Corregir" : "Guardar", "type", "submit");
        h.close("form");
      }
      case BOOKED -> h.text("Falta registrar su llegada");
      case NO_SHOW, CANCELLED -> h.text("—");
    }
    h.close("td");
    h.close("tr");
  }

  static String status(BookingStatus status) {
    return switch (status) {
      case BOOKED -> "Inscrita";
      case CHECKED_IN -> "Llegó";
      case PASSED -> "Aprobó";
      case FAILED -> "No aprobó";
      case NO_SHOW -> "No se presentó";
      case CANCELLED -> "Cancelada";
    };
  }

  static String path(String sessionId) {
    return "/exams/"
        + java.net.URLEncoder.encode(sessionId, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A code as learners see it, in two groups of three ("K7P Q3M"). */
  static String spaced(String code) {
    return code.length() == 6 ? code.substring(0, 3) + " " + code.substring(3) : code;
  }

  private static void option(Html h, String value, String label, String selected) {
    if (value.equals(selected)) {
      h.open("option", "value", value, "selected", "selected").text(label).close("option");
    } else {
      h.element("option", label, "value", value);
    }
  }
}
