package mx.aprende.bot.exam;

import mx.aprende.bot.region.MexicanState;

/**
 * A community learning center where exams are taken.
 *
 * @param id short stable id, e.g. {@code ags-01}
 * @param name the center's name
 * @param state the state it is in
 * @param municipality the municipality (or CDMX borough) it is in
 * @param address street address as people would write it
 * @param location where it is, for distances and the map link
 * @param openingHours when it is open, as shown to learners
 * @param contact phone or e-mail of the center
 * @param sample true for the shipped sample data (not a real center): learners are told so
 */
public record Center(
    String id,
    String name,
    MexicanState state,
    String municipality,
    String address,
    Coordinates location,
    String openingHours,
    String contact,
    boolean sample) {

  public Center {
    if (!id.matches("[a-z0-9-]{2,40}")) {
      throw new ExamException("a center id is 2 to 40 lower-case letters, digits or '-': " + id);
    }
    if (name.isBlank() || municipality.isBlank() || address.isBlank()) {
      throw new ExamException("center " + id + " needs a name, a municipality and an address");
    }
  }
}
