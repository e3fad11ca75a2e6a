package mx.aprende.bot.simulator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/** The delivery state the simulated phone has reached for each captured message (for the ticks). */
final class DeliveryStates {

  private final Cache<String, String> states =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(Duration.ofHours(12)).build();

  void set(String messageId, String state) {
    states.put(messageId, state);
  }

  Optional<String> of(String messageId) {
    return Optional.ofNullable(states.getIfPresent(messageId));
  }
}
