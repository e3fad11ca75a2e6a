package mx.aprende.bot.exam;

import java.util.List;

/**
 * Port: what a passed exam earns (a module credential; the level certificate once every module of
 * the level is passed). Implemented by the certificate feature.
 */
public interface Recognition {

  /** Nothing is issued: for tests and for running without certificates. */
  Recognition NONE =
      new Recognition() {
        @Override
        public void issue(Booking passed) {}

        @Override
        public List<String> deliver(Booking passed) {
          return List.of();
        }
      };

  /**
   * Issues what {@code passed} earns; idempotent (a second call for the same booking is a no-op).
   */
  void issue(Booking passed);

  /**
   * Sends the learner what was issued for {@code passed} (documents need the 24-hour window, so
   * this runs when the learner opens their result) and returns lines to show them (links).
   */
  List<String> deliver(Booking passed);
}
