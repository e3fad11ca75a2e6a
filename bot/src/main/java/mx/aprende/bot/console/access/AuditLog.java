package mx.aprende.bot.console.access;

import java.time.Instant;
import java.util.List;

/** Every staff action, kept for review: who did what to which learner or account, and when. */
public interface AuditLog {

  /**
   * One action.
   *
   * @param at when
   * @param actor the staff username
   * @param action a stable action name, e.g. {@code takeover}, {@code reply}, {@code login.failed}
   * @param target the learner key, username or flag id acted on; empty when none
   * @param detail a short note (never a learner's message text)
   */
  record Entry(Instant at, String actor, String action, String target, String detail) {}

  void record(Entry entry);

  List<Entry> recent(int limit);
}
