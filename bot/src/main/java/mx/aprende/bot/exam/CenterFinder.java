package mx.aprende.bot.exam;

import java.util.Comparator;
import java.util.List;
import mx.aprende.bot.region.MexicanState;

/** Pure look-ups over a list of centers: nearest ones, states, municipalities. */
public final class CenterFinder {

  /** A center and how far it is, in kilometres. */
  public record Nearby(Center center, double kilometres) {}

  private CenterFinder() {}

  /** The {@code count} centers closest to {@code here}, nearest first (ties by id). */
  public static List<Nearby> nearest(Coordinates here, List<Center> centers, int count) {
    return centers.stream()
        .map(c -> new Nearby(c, here.kilometresTo(c.location())))
        .sorted(Comparator.comparingDouble(Nearby::kilometres).thenComparing(n -> n.center().id()))
        .limit(count)
        .toList();
  }

  /** The states that have at least one center, in INEGI order. */
  public static List<MexicanState> states(List<Center> centers) {
    return centers.stream().map(Center::state).distinct().sorted().toList();
  }

  /** The municipalities of {@code state} that have a center, alphabetically. */
  public static List<String> municipalities(List<Center> centers, MexicanState state) {
    return centers.stream()
        .filter(c -> c.state() == state)
        .map(Center::municipality)
        .distinct()
        .sorted()
        .toList();
  }

  /** The centers of one municipality, by name. */
  public static List<Center> in(List<Center> centers, MexicanState state, String municipality) {
    return centers.stream()
        .filter(c -> c.state() == state && c.municipality().equals(municipality))
        .sorted(Comparator.comparing(Center::name))
        .toList();
  }
}
