package mx.aprende.bot.console.access;

/** What a staff member does; every console endpoint names the roles it admits. */
public enum Role {
  /** Manages users and sees everything. */
  ADMIN("Administración"),
  /** Watches learning and exam readiness in one state or one center. */
  COORDINATOR("Coordinación"),
  /** Reviews flagged conversations in some states and can step in as a person. */
  TUTOR("Asesoría");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The Spanish name shown in the console. */
  public String label() {
    return label;
  }
}
