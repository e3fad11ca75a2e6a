package mx.aprende.bot.console.access;

/**
 * A logged-in staff member: who, in what role, over which learners.
 *
 * @param username the login name
 * @param role the role
 * @param scope the learners this person may see (admins: everyone)
 */
public record Staff(String username, Role role, Scope scope) {

  /** Whether this person may see a learner at {@code place}. */
  public boolean sees(LearnerPlace place) {
    return role == Role.ADMIN || scope.covers(place);
  }
}
