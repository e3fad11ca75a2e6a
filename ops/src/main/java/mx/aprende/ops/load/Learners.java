package mx.aprende.ops.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;

/**
 * The simulated learners: a WhatsApp id, a journey and how far along it each one is. Only the
 * generator's scheduling thread calls {@link #next}, so the progress needs no locking.
 */
final class Learners {

  private static final long FIRST_NUMBER = 5_215_500_000_000L;
  private static final List<String> NAMES =
      List.of("Ana", "Luis", "María", "José", "Lupita", "Juan", "Rosa", "Pedro", "Carmen", "Toño");

  private final List<String> waIds;
  private final Journey[] journeys;
  private final int[] progress;
  private final WebhookPayloads payloads;
  private final RandomGenerator random;

  /**
   * @param count how many distinct learners
   * @param journeys drawn by weight for each learner
   * @param random seeded: the same seed gives the same learners and texts
   */
  Learners(int count, Journeys journeys, WebhookPayloads payloads, RandomGenerator random) {
    List<String> ids = new ArrayList<>(count);
    this.journeys = new Journey[count];
    for (int i = 0; i < count; i++) {
      ids.add(Long.toString(FIRST_NUMBER + i));
      this.journeys[i] = journeys.pick(random);
    }
    this.waIds = List.copyOf(ids);
    this.progress = new int[count];
    this.payloads = payloads;
    this.random = random;
  }

  int count() {
    return progress.length;
  }

  List<String> waIds() {
    return waIds;
  }

  /**
   * The webhook body of {@code learner}'s next message, tapping among {@code offered} (what the bot
   * last offered them) when the journey says to tap.
   */
  byte[] next(int learner, String messageId, Instant at, List<Option> offered) {
    Step step = journeys[learner].step(progress[learner]++);
    String waId = waIds.get(learner);
    String name = NAMES.get(learner % NAMES.size());
    return switch (step) {
      case Step.Say say ->
          payloads.text(
              waId, name, messageId, at, say.texts().get(random.nextInt(say.texts().size())));
      case Step.Tap tap ->
          choose(tap, offered)
              .map(
                  option ->
                      option.row()
                          ? payloads.listReply(
                              waId, name, messageId, at, option.id(), option.title())
                          : payloads.buttonReply(
                              waId,
                              name,
                              messageId,
                              at,
                              option.id(),
                              option.title(),
                              Optional.empty()))
              .orElseGet(() -> payloads.text(waId, name, messageId, at, tap.otherwise()));
    };
  }

  /** The first preferred option offered, else a random offered one. */
  Optional<Option> choose(Step.Tap tap, List<Option> offered) {
    if (offered.isEmpty()) {
      return Optional.empty();
    }
    for (String id : tap.prefer()) {
      for (Option option : offered) {
        if (option.id().equals(id)) {
          return Optional.of(option);
        }
      }
    }
    return Optional.of(offered.get(random.nextInt(offered.size())));
  }
}
