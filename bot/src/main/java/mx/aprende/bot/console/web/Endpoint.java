package mx.aprende.bot.console.web;

import java.util.EnumSet;
import java.util.Set;
import mx.aprende.bot.console.access.Role;

/**
 * Every console endpoint that needs a login, with the roles it admits. {@code learnerScoped}
 * endpoints act on one learner (path parameter {@code key}) and also check that the learner is in
 * the staff member's scope. State-changing endpoints ({@code POST}) require the session's CSRF
 * token. The authorization test walks this table.
 */
enum Endpoint {
  HOME("GET", "/", all(), false),
  QUEUE("GET", "/queue", staffOfLearners(), false),
  QUEUE_ROWS("GET", "/queue/rows", staffOfLearners(), false),
  LEARNER("GET", "/learners/{key}", staffOfLearners(), true),
  TRANSCRIPT("GET", "/learners/{key}/transcript", staffOfLearners(), true),
  TAKE_OVER("POST", "/learners/{key}/takeover", tutors(), true),
  REPLY("POST", "/learners/{key}/reply", tutors(), true),
  REPLY_TEMPLATE("POST", "/learners/{key}/reply-template", tutors(), true),
  HAND_BACK("POST", "/learners/{key}/handback", tutors(), true),
  FLAG("POST", "/learners/{key}/flag", tutors(), true),
  ASSIGN("POST", "/flags/{id}/assign", tutors(), false),
  RESOLVE("POST", "/flags/{id}/resolve", tutors(), false),
  NUDGE("POST", "/learners/{key}/nudge", coordinators(), true),
  DASHBOARD("GET", "/dashboard", coordinators(), false),
  DASHBOARD_CSV("GET", "/dashboard.csv", coordinators(), false),
  PASSWORD_FORM("GET", "/password", all(), false),
  PASSWORD("POST", "/password", all(), false),
  LOGOUT("POST", "/logout", all(), false),
  USERS("GET", "/admin/users", admins(), false),
  CREATE_USER("POST", "/admin/users", admins(), false),
  AUDIT("GET", "/admin/audit", admins(), false),
  EXAMS("GET", "/exams", coordinators(), false),
  EXAM_NEW("GET", "/exams/new", coordinators(), false),
  EXAM_CREATE("POST", "/exams", coordinators(), false),
  EXAM_SESSION("GET", "/exams/{session}", coordinators(), false),
  EXAM_EDIT("POST", "/exams/{session}/edit", coordinators(), false),
  EXAM_CHECKIN("POST", "/exams/{session}/checkin", coordinators(), false),
  EXAM_RESULT("POST", "/exams/{session}/result", coordinators(), false);

  private final String method;
  private final String path;
  private final Set<Role> roles;
  private final boolean learnerScoped;

  Endpoint(String method, String path, Set<Role> roles, boolean learnerScoped) {
    this.method = method;
    this.path = path;
    this.roles = roles;
    this.learnerScoped = learnerScoped;
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  Set<Role> roles() {
    return roles;
  }

  boolean learnerScoped() {
    return learnerScoped;
  }

  boolean changesState() {
    return method.equals("POST");
  }

  private static Set<Role> all() {
    return EnumSet.allOf(Role.class);
  }

  private static Set<Role> staffOfLearners() {
    return EnumSet.of(Role.ADMIN, Role.TUTOR, Role.COORDINATOR);
  }

  private static Set<Role> tutors() {
    return EnumSet.of(Role.ADMIN, Role.TUTOR);
  }

  private static Set<Role> coordinators() {
    return EnumSet.of(Role.ADMIN, Role.COORDINATOR);
  }

  private static Set<Role> admins() {
    return EnumSet.of(Role.ADMIN);
  }
}
