package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;
import mx.aprende.content.curriculum.Level;
import mx.aprende.engine.policy.Activity;

/**
 * Lets a learner look at the real modules: first the level (three buttons), then the modules of
 * that level (a list of at most ten), then what a module holds.
 */
final class ModuleBrowser {

  static final String LEVEL = "level:";
  static final String MODULE = "module:";
  static final String STUDY = "study:";

  private final Catalog catalog;
  private final NextActivity engine;

  ModuleBrowser(Catalog catalog, NextActivity engine) {
    this.catalog = catalog;
    this.engine = engine;
  }

  Reply levels() {
    return new Reply.Buttons(
        Texts.CHOOSE_LEVEL,
        List.of(
            Reply.Option.of(LEVEL + Level.INICIAL.id(), Texts.levelName(Level.INICIAL)),
            Reply.Option.of(LEVEL + Level.INTERMEDIO.id(), Texts.levelName(Level.INTERMEDIO)),
            Reply.Option.of(LEVEL + Level.AVANZADO.id(), Texts.levelName(Level.AVANZADO))));
  }

  /** The answer to a tap on a level or a module, when the choice is one. */
  Optional<List<Reply>> answer(String learnerKey, String choiceId) {
    if (choiceId.startsWith(LEVEL)) {
      return Level.fromId(choiceId.substring(LEVEL.length())).map(level -> List.of(modules(level)));
    }
    if (choiceId.startsWith(MODULE)) {
      return catalog
          .module(choiceId.substring(MODULE.length()))
          .map(card -> List.of(card(learnerKey, card)));
    }
    return Optional.empty();
  }

  /** The module's card; one the learner cannot start yet has no "Estudiar este" button. */
  private Reply card(String learnerKey, Catalog.ModuleCard card) {
    Activity first = engine.next(learnerKey, card.id());
    String text = Texts.moduleCard(card, firstStep(first));
    if (first instanceof Activity.Blocked) {
      return new Reply.Text(text + "\n\nEscribe *menú* para volver.");
    }
    return new Reply.Buttons(
        text,
        List.of(
            Reply.Option.of(STUDY + card.id(), Texts.STUDY_THIS),
            Reply.Option.of(Studying.MENU, Texts.MENU)));
  }

  /** What the engine says this learner should do first in the module, in the learner's words. */
  private String firstStep(Activity first) {
    return switch (first) {
      case Activity.NewLesson lesson -> Texts.startWith(catalog.skillName(lesson.skill()));
      case Activity.Practice practice -> Texts.practise(catalog.skillName(practice.skill()));
      case Activity.Review review -> Texts.review(catalog.skillName(review.skill()));
      case Activity.ModuleExam exam -> Texts.READY_FOR_EXAM;
      case Activity.Blocked blocked -> Texts.NEEDS_EARLIER_MODULES;
    };
  }

  private Reply modules(Level level) {
    List<Catalog.ModuleCard> cards = catalog.of(level);
    if (cards.isEmpty()) {
      return new Reply.Text(Texts.NO_MODULES_YET);
    }
    // A WhatsApp list holds ten rows; a level with more shows its first ten in teaching order.
    List<Reply.Option> rows =
        cards.stream()
            .limit(10)
            .map(c -> Reply.Option.of(MODULE + c.id(), c.title(), c.summary()))
            .toList();
    return new Reply.Menu(Texts.modulesOf(level), Texts.SEE_MODULES, rows);
  }
}
