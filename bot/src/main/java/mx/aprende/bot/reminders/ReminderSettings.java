package mx.aprende.bot.reminders;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;

/**
 * The reminder settings, reached from the menu's <em>Ajustes</em>: two taps, the days then the
 * time, or one to switch reminders off. Option ids start with {@value #PREFIX} and carry the days
 * chosen, so the dialog keeps no state between taps. Times run from 8:00 to 20:00 because the bot
 * never writes in quiet hours (21:00 to 08:00).
 */
public final class ReminderSettings implements Conversation.Dialog {

  static final String PREFIX = "rem:";
  static final String SETTINGS = "menu:settings";
  static final String OFF = PREFIX + "off";
  static final String SKIP = PREFIX + "skip";
  private static final String DAYS = PREFIX + "days:";
  private static final String TIME = PREFIX + "time:";

  private record DayChoice(String digits, String title, String description) {}

  private static final List<DayChoice> DAY_CHOICES =
      List.of(
          new DayChoice("1234567", "Todos los días", "De lunes a domingo"),
          new DayChoice("12345", "De lunes a viernes", "Entre semana"),
          new DayChoice("135", "Lun, mié y vie", "Lunes, miércoles y viernes"),
          new DayChoice("246", "Mar, jue y sáb", "Martes, jueves y sábado"),
          new DayChoice("67", "Fines de semana", "Sábado y domingo"),
          new DayChoice("7", "Solo domingos", "Un día a la semana"));
  private static final List<Integer> HOURS = List.of(8, 9, 10, 12, 14, 16, 18, 19, 20);
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private final ReminderStore store;

  public ReminderSettings(ReminderStore store) {
    this.store = store;
  }

  @Override
  public Optional<List<Reply>> answer(String learnerKey, Inbound input) {
    if (!(input instanceof Inbound.Choice choice)) {
      return Optional.empty();
    }
    String id = choice.id();
    if (id.equals(SETTINGS)) {
      return Optional.of(List.of(daysMenu(current(learnerKey))));
    }
    if (!id.startsWith(PREFIX)) {
      return Optional.empty();
    }
    if (id.equals(OFF)) {
      store.schedule(learnerKey, Optional.empty());
      return text(
          "Listo, ya no te enviaré recordatorios. Si un día los quieres, ve a *Ajustes* en el"
              + " menú.");
    }
    if (id.equals(SKIP)) {
      return text("Está bien, hoy descansa. 🙂 Te escribo el próximo día que elegiste.");
    }
    if (id.startsWith(DAYS)) {
      return parseDays(id.substring(DAYS.length())).map(days -> List.of(timeMenu(days)));
    }
    if (id.startsWith(TIME)) {
      return chosen(learnerKey, id.substring(TIME.length()));
    }
    return Optional.of(List.of(daysMenu(current(learnerKey))));
  }

  private Optional<Schedule> current(String learnerKey) {
    return store.find(learnerKey).flatMap(ReminderState::schedule);
  }

  private Optional<List<Reply>> chosen(String learnerKey, String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    Optional<Set<DayOfWeek>> days = parseDays(value.substring(0, colon));
    Optional<LocalTime> at = parseTime(value.substring(colon + 1));
    if (days.isEmpty() || at.isEmpty()) {
      return Optional.of(List.of(daysMenu(current(learnerKey))));
    }
    Schedule schedule = new Schedule(days.get(), at.get());
    store.schedule(learnerKey, Optional.of(schedule));
    return text(
        "Listo. ✅ Te recordaré estudiar "
            + describe(schedule)
            + ", con la hora de tu estado. Para cambiarlo, ve a *Ajustes* en el menú.");
  }

  private static Reply daysMenu(Optional<Schedule> current) {
    String now =
        current
            .map(s -> "Ahora te recuerdo " + describe(s) + ".")
            .orElse("Ahora no tienes recordatorios.");
    List<Reply.Option> options = new ArrayList<>();
    for (DayChoice day : DAY_CHOICES) {
      options.add(Reply.Option.of(DAYS + day.digits(), day.title(), day.description()));
    }
    options.add(Reply.Option.of(OFF, "Sin recordatorios", "No te escribo para recordarte"));
    return new Reply.Menu(
        now + "\n\n¿Qué días quieres que te recuerde estudiar? Toca *Elegir días*.",
        "Elegir días",
        options);
  }

  private static Reply timeMenu(Set<DayOfWeek> days) {
    String digits = digits(days);
    List<Reply.Option> options =
        HOURS.stream()
            .map(
                hour ->
                    Reply.Option.of(
                        TIME + digits + ":" + HHMM.format(LocalTime.of(hour, 0)), spokenHour(hour)))
            .toList();
    return new Reply.Menu(
        "¿A qué hora te escribo? Es la hora de tu estado. Toca *Elegir hora*.",
        "Elegir hora",
        options);
  }

  /** "los lunes, miércoles y viernes a las 6 de la tarde". */
  static String describe(Schedule schedule) {
    Set<DayOfWeek> days = schedule.days();
    String when;
    if (days.size() == 7) {
      when = "todos los días";
    } else {
      List<String> names = EnumSet.copyOf(days).stream().map(ReminderSettings::dayName).toList();
      when =
          "los "
              + (names.size() == 1
                  ? names.getFirst()
                  : String.join(", ", names.subList(0, names.size() - 1))
                      + " y "
                      + names.getLast());
    }
    return when + " a las " + spokenTime(schedule.at());
  }

  private static String spokenTime(LocalTime at) {
    return at.getMinute() == 0 ? spokenHour(at.getHour()) : at.toString();
  }

  private static String spokenHour(int hour) {
    int twelve = hour % 12 == 0 ? 12 : hour % 12;
    String part =
        hour < 12
            ? "de la mañana"
            : hour < 14 ? "del día" : hour < 20 ? "de la tarde" : "de la noche";
    return twelve + " " + part;
  }

  private static String dayName(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> "lunes";
      case TUESDAY -> "martes";
      case WEDNESDAY -> "miércoles";
      case THURSDAY -> "jueves";
      case FRIDAY -> "viernes";
      case SATURDAY -> "sábados";
      case SUNDAY -> "domingos";
    };
  }

  private static String digits(Set<DayOfWeek> days) {
    StringBuilder digits = new StringBuilder();
    EnumSet.copyOf(days).forEach(d -> digits.append(d.getValue()));
    return digits.toString();
  }

  private static Optional<Set<DayOfWeek>> parseDays(String digits) {
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '1' && c <= '7')) {
      return Optional.empty();
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    digits.chars().forEach(c -> days.add(DayOfWeek.of(c - '0')));
    return Optional.of(days);
  }

  private static Optional<LocalTime> parseTime(String hhmm) {
    if (!hhmm.matches("\\d{4}")) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(hhmm.substring(0, 2));
    int minute = Integer.parseInt(hhmm.substring(2));
    // Only the offered hours: a forged id cannot ask for a reminder in quiet hours.
    if (!HOURS.contains(hour) || minute != 0) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  private static Optional<List<Reply>> text(String body) {
    return Optional.of(List.of(new Reply.Text(body)));
  }
}
