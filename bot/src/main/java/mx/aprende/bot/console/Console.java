package mx.aprende.bot.console;

import io.helidon.webserver.http.HttpRouting;
import java.io.PrintStream;
import java.time.Duration;
import java.time.InstantSource;
import mx.aprende.bot.console.access.AccountStore;
import mx.aprende.bot.console.access.Accounts;
import mx.aprende.bot.console.access.AuditLog;
import mx.aprende.bot.console.access.Passwords;
import mx.aprende.bot.console.access.StaffSessionStore;
import mx.aprende.bot.console.access.StaffSessions;
import mx.aprende.bot.console.dashboard.CachedDashboards;
import mx.aprende.bot.console.dashboard.DashboardSource;
import mx.aprende.bot.console.flags.FlagStore;
import mx.aprende.bot.console.flags.FlagWatcher;
import mx.aprende.bot.console.flags.RecentAnswers;
import mx.aprende.bot.console.learners.LearnerDirectory;
import mx.aprende.bot.console.learners.LearnerProgress;
import mx.aprende.bot.console.learners.PersonChannel;
import mx.aprende.bot.console.learners.Takeovers;
import mx.aprende.bot.console.learners.Transcripts;
import mx.aprende.bot.console.web.ConsoleRoutes;
import mx.aprende.bot.console.web.ConsoleServices;
import mx.aprende.bot.exam.ExamDay;

/**
 * The staff console assembled from its ports: the routes for the internal port, the flag watcher
 * and the takeover check for {@link mx.aprende.bot.conversation.Conversations}. The first start on
 * an empty account store creates {@code admin} and prints its one-time password.
 */
public final class Console {

  /** What the console needs from storage and the channel. */
  public record Parts(
      AccountStore accounts,
      StaffSessionStore sessions,
      AuditLog audit,
      FlagStore flags,
      RecentAnswers answers,
      LearnerDirectory directory,
      Transcripts transcripts,
      Takeovers takeovers,
      PersonChannel channel,
      LearnerProgress progress,
      DashboardSource dashboards,
      Passwords passwords,
      boolean production,
      String replyTemplate,
      String nudgeTemplate,
      InstantSource clock,
      ExamDay exams) {}

  private final ConsoleRoutes routes;
  private final FlagWatcher watcher;
  private final Takeovers takeovers;
  private final Accounts accounts;
  private final FlagStore flags;

  private Console(
      ConsoleRoutes routes,
      FlagWatcher watcher,
      Takeovers takeovers,
      Accounts accounts,
      FlagStore flags) {
    this.routes = routes;
    this.watcher = watcher;
    this.takeovers = takeovers;
    this.accounts = accounts;
    this.flags = flags;
  }

  public static Console create(Parts p, PrintStream announcements) {
    Accounts accounts = new Accounts(p.accounts(), p.passwords(), p.clock());
    accounts
        .bootstrapAdmin()
        .ifPresent(
            created ->
                // Printed once, to the operator's terminal, never logged.
                announcements.println(
                    "Staff console: created user 'admin' with one-time password "
                        + created.oneTimePassword()
                        + " (change it at the first login)"));
    ConsoleServices services =
        new ConsoleServices(
            accounts,
            new StaffSessions(p.sessions(), p.clock()),
            p.audit(),
            p.flags(),
            p.directory(),
            p.transcripts(),
            p.takeovers(),
            p.channel(),
            p.progress(),
            new CachedDashboards(p.dashboards(), Duration.ofMinutes(1)),
            p.clock(),
            p.production(),
            p.replyTemplate(),
            p.nudgeTemplate(),
            p.exams());
    return new Console(
        new ConsoleRoutes(services),
        new FlagWatcher(p.flags(), p.answers()),
        p.takeovers(),
        accounts,
        p.flags());
  }

  public void route(HttpRouting.Builder routing) {
    routes.route(routing);
  }

  /** Runs the flag rules after each turn. */
  public FlagWatcher watcher() {
    return watcher;
  }

  /** Keeps the bot silent for learners a person holds. */
  public Takeovers takeovers() {
    return takeovers;
  }

  public Accounts accounts() {
    return accounts;
  }

  /**
   * Where other features raise flags the turn rules cannot see: the tutor's guard ({@link
   * mx.aprende.bot.console.flags.Reason#GUARD}), exam problems ({@link
   * mx.aprende.bot.console.flags.Reason#EXAM}).
   */
  public FlagStore flags() {
    return flags;
  }
}
