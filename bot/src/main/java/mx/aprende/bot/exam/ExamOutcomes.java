package mx.aprende.bot.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.conversation.Reply;

/**
 * Tells a learner their result when they open it: a pass with what it earned, or a fail with a
 * review plan focused on the skills the engine finds weakest and the offer to book again.
 */
public final class ExamOutcomes {

  static final int REVIEW_SKILLS = 4;

  private final Catalog catalog;
  private final ExamStore store;
  private final Readiness readiness;
  private final Recognition recognition;

  public ExamOutcomes(
      Catalog catalog, ExamStore store, Readiness readiness, Recognition recognition) {
    this.catalog = catalog;
    this.store = store;
    this.readiness = readiness;
    this.recognition = recognition;
  }

  List<Reply> explain(String learnerKey, String code) {
    Optional<Booking> found = store.booking(code).filter(b -> b.learnerKey().equals(learnerKey));
    if (found.isEmpty() || found.get().score().isEmpty()) {
      return List.of(new Reply.Text(ExamTexts.NO_RESULT));
    }
    Booking b = found.get();
    int score = b.score().getAsInt();
    String title = title(b.moduleId());
    if (b.status() == BookingStatus.PASSED) {
      List<String> lines = new ArrayList<>(List.of(ExamTexts.passed(title, score)));
      lines.addAll(recognition.deliver(b));
      return List.of(new Reply.Text(String.join("\n\n", lines)));
    }
    List<String> weakest = readiness.weakestSkills(learnerKey, b.moduleId(), REVIEW_SKILLS);
    String centerId = store.session(b.sessionId()).map(ExamSession::centerId).orElse("");
    return List.of(
        new Reply.Buttons(
            ExamTexts.failed(title, score, weakest),
            List.of(
                Reply.Option.of(ExamDesk.PREFIX + "center:" + centerId, "Apartar otra fecha"),
                Reply.Option.of("menu:lesson", "Repasar ahora"))));
  }

  String title(String moduleId) {
    return catalog.modules().stream()
        .filter(m -> m.id().equals(moduleId))
        .map(Catalog.ModuleCard::title)
        .findFirst()
        .orElse(moduleId);
  }
}
