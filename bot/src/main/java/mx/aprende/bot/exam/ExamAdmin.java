package mx.aprende.bot.exam;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import mx.aprende.bot.region.MexicanState;

/**
 * The admin commands of {@code ./tutor exam}: centers, sessions, the roster, check-in and results
 * (the console's exam-day screens do the same for coordinators, through {@link ExamDay}). Learners
 * are told their result by the running bot's exam job, so this tool only writes to the database.
 */
public final class ExamAdmin {

  static final String USAGE =
      """
      Usage: ./tutor exam <command>
        centers [STATE]                         list centers (STATE: INEGI code, e.g. 09)
        centers load FILE                       add or replace centers from a JSON file
        centers sample                          load the SAMPLE centers (development only)
        sessions CENTER                         upcoming sessions of a center
        session add CENTER SUBJECT DATE TIME CAPACITY
                                                e.g. session add ags-01 intermedio 2026-12-05 09:00 20
        session capacity SESSION CAPACITY       change a session's seats
        roster SESSION                          who is booked, with codes and status
        checkin CODE "FULL NAME"                check a learner in (name as on their ID)
        result CODE SCORE pass|fail             enter a result (score 0-100); the learner is told
        revoke ID --reason TEXT                 revoke a certificate or credential
      """;

  private final Centers centers;
  private final ExamStore store;
  private final ExamBookings bookings;
  private final BiConsumer<String, String> revoke;

  /**
   * @param revoke revokes a certificate or credential by id, with the reason (throws {@link
   *     ExamException} when unknown)
   */
  public ExamAdmin(
      Centers centers, ExamStore store, ExamBookings bookings, BiConsumer<String, String> revoke) {
    this.centers = centers;
    this.store = store;
    this.bookings = bookings;
    this.revoke = revoke;
  }

  /** Runs one command; returns the process exit code (0 ok, 1 refused, 2 usage). */
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    try {
      return switch (args.getFirst()) {
        case "centers" -> centers(args.subList(1, args.size()), out);
        case "sessions" -> sessions(arg(args, 1), out);
        case "session" -> session(args.subList(1, args.size()), out);
        case "roster" -> roster(arg(args, 1), out);
        case "checkin" -> {
          Booking b = bookings.checkIn(arg(args, 1), String.join(" ", rest(args, 2)));
          out.println("Checked in " + b.code() + " for session " + b.sessionId());
          yield 0;
        }
        case "result" -> result(args, out);
        case "revoke" -> {
          List<String> words = rest(args, 2);
          if (words.size() < 2 || !words.getFirst().equals("--reason")) {
            throw new ExamException("say why: revoke ID --reason TEXT\n" + USAGE);
          }
          revoke.accept(arg(args, 1), String.join(" ", words.subList(1, words.size())));
          out.println("Revoked " + arg(args, 1) + ". Its verification page now says so.");
          yield 0;
        }
        default -> {
          err.print(USAGE);
          yield 2;
        }
      };
    } catch (ExamException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private int centers(List<String> args, PrintStream out) {
    if (!args.isEmpty() && args.getFirst().equals("load")) {
      Path file = Path.of(arg(args, 1));
      try (InputStream in = Files.newInputStream(file)) {
        List<Center> loaded = CenterFile.read(in);
        centers.saveAll(loaded);
        out.println("Loaded " + loaded.size() + " centers from " + file);
        return 0;
      } catch (IOException e) {
        throw new ExamException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    if (!args.isEmpty() && args.getFirst().equals("sample")) {
      centers.saveAll(CenterFile.sample());
      out.println("Loaded the SAMPLE centers (not real places).");
      return 0;
    }
    List<Center> shown =
        args.isEmpty()
            ? centers.all()
            : centers.all().stream()
                .filter(c -> MexicanState.byCode(args.getFirst()).equals(Optional.of(c.state())))
                .toList();
    for (Center c : shown) {
      out.printf(
          "%-10s %-20s %-28s %s%s%n",
          c.id(),
          c.state().shortName(),
          c.municipality(),
          c.name(),
          c.sample() ? "  [SAMPLE]" : "");
    }
    out.println(shown.size() + " centers");
    return 0;
  }

  private int sessions(String centerId, PrintStream out) {
    Center center =
        centers.find(centerId).orElseThrow(() -> new ExamException("no center " + centerId));
    for (ExamSession s : store.sessionsAt(center.id(), bookings.today(center))) {
      out.printf(
          "%-28s %-12s %s %s  %d/%d booked%n",
          s.id(), s.subject(), s.date(), s.time(), s.booked(), s.capacity());
    }
    return 0;
  }

  private int session(List<String> args, PrintStream out) {
    String what = arg(args, 0);
    if (what.equals("add")) {
      String centerId = arg(args, 1);
      if (centers.find(centerId).isEmpty()) {
        throw new ExamException("no center " + centerId);
      }
      try {
        LocalDate date = LocalDate.parse(arg(args, 3));
        LocalTime time = LocalTime.parse(arg(args, 4));
        ExamSession s =
            new ExamSession(
                ExamSession.idFor(centerId, date, time),
                centerId,
                arg(args, 2),
                date,
                time,
                number(arg(args, 5)),
                0);
        store.saveSession(s);
        out.println("Session " + s.id());
        return 0;
      } catch (DateTimeParseException e) {
        throw new ExamException("dates look like 2026-12-05 and times like 09:00");
      }
    }
    if (what.equals("capacity")) {
      ExamSession s =
          store
              .session(arg(args, 1))
              .orElseThrow(() -> new ExamException("no session " + arg(args, 1)));
      int capacity = number(arg(args, 2));
      if (capacity < s.booked()) {
        throw new ExamException(s.booked() + " learners are booked; cancel some before lowering");
      }
      store.saveSession(
          new ExamSession(
              s.id(), s.centerId(), s.subject(), s.date(), s.time(), capacity, s.booked()));
      out.println("Session " + s.id() + " now has " + capacity + " seats");
      return 0;
    }
    throw new ExamException("session add ... or session capacity ...");
  }

  private int roster(String sessionId, PrintStream out) {
    ExamSession s =
        store.session(sessionId).orElseThrow(() -> new ExamException("no session " + sessionId));
    out.println(s.id() + " · " + s.subject() + " · " + s.date() + " " + s.time());
    for (Booking b : store.roster(sessionId)) {
      out.printf(
          "%s  %-10s %-12s %s%s%n",
          b.code(),
          b.status(),
          b.moduleId(),
          b.fullName().orElse("(not checked in)"),
          b.score().isPresent() ? "  score " + b.score().getAsInt() : "");
    }
    return 0;
  }

  private int result(List<String> args, PrintStream out) {
    String verdict = arg(args, 3);
    if (!verdict.equals("pass") && !verdict.equals("fail")) {
      throw new ExamException("the result is 'pass' or 'fail', not " + verdict);
    }
    Booking b = bookings.recordResult(arg(args, 1), number(arg(args, 2)), verdict.equals("pass"));
    out.println(
        "Recorded "
            + b.status()
            + " for "
            + b.code()
            + "; the bot tells the learner within a minute.");
    return 0;
  }

  private static String arg(List<String> args, int i) {
    if (i >= args.size() || args.get(i).isBlank()) {
      throw new ExamException("missing argument\n" + USAGE);
    }
    return args.get(i);
  }

  private static List<String> rest(List<String> args, int from) {
    return from >= args.size() ? List.of() : args.subList(from, args.size());
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ExamException("not a whole number: " + text);
    }
  }
}
