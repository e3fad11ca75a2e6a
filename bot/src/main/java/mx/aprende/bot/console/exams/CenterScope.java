package mx.aprende.bot.console.exams;

import java.util.List;
import java.util.Optional;
import mx.aprende.bot.console.access.LearnerPlace;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Staff;
import mx.aprende.bot.exam.Center;

/**
 * Which centers a staff member runs exams at: admins every center; coordinators the centers of
 * their states, or their one center. Tutors none (exam day is the coordinators' job). A center is
 * placed like a learner of that center would be, so the same scope rules apply to both.
 */
public final class CenterScope {

  private CenterScope() {}

  /** Whether {@code staff} may see and run the exams of {@code center}. */
  public static boolean manages(Staff staff, Center center) {
    return switch (staff.role()) {
      case ADMIN -> true;
      case COORDINATOR ->
          staff
              .scope()
              .covers(new LearnerPlace(Optional.of(center.state()), Optional.of(center.id())));
      case TUTOR -> false;
    };
  }

  /** The centers of {@code all} that {@code staff} runs, in the same order. */
  public static List<Center> of(Staff staff, List<Center> all) {
    return all.stream().filter(c -> manages(staff, c)).toList();
  }

  /** Whether the role may use the exam-day screens at all. */
  public static boolean runsExams(Role role) {
    return role == Role.ADMIN || role == Role.COORDINATOR;
  }
}
