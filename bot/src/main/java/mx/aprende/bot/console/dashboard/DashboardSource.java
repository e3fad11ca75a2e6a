package mx.aprende.bot.console.dashboard;

/** Computes a dashboard from storage. */
@FunctionalInterface
public interface DashboardSource {

  Dashboard compute(DashboardQuery query);
}
