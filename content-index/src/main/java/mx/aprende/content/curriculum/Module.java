package mx.aprende.content.curriculum;

import java.util.List;

/**
 * A module (as in INEA's MEVyT): its title and summary fit a WhatsApp list row, {@code order} sorts
 * it within its level, {@code units} come in teaching order.
 */
public record Module(
    String id,
    String title,
    Level level,
    Area area,
    int order,
    String summary,
    List<Unit> units,
    Location location) {
  /** Copies the units. */
  public Module {
    units = List.copyOf(units);
  }
}
