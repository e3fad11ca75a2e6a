package mx.aprende.bot.tutor;

import java.time.Duration;

/** What the tutor reports for cost and speed; tags are small fixed sets, never learner data. */
public interface TutorMetrics {

  /** Reports nothing (tests, tools). */
  TutorMetrics NONE =
      new TutorMetrics() {
        @Override
        public void tokens(String provider, long count) {}

        @Override
        public void reply(String outcome, Duration latency) {}
      };

  /** {@code count} tokens used with {@code provider}. */
  void tokens(String provider, long count);

  /**
   * One tutor reply and how long it took; {@code outcome} is one of model, cached, fallback,
   * timeout, budget, guarded, off_topic.
   */
  void reply(String outcome, Duration latency);
}
