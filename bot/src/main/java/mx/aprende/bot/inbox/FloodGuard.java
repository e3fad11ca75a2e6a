package mx.aprende.bot.inbox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Notices learners who write faster than anyone reading the answers can, and asks the processor to
 * slow them down kindly: one notice, then silence until they calm down. Protects the learner's own
 * experience, the per-number send budget and the tutor's LLM budget.
 *
 * <p>A token bucket per learner (in a Caffeine cache that forgets learners idle for an hour): each
 * message takes a token, tokens come back at a steady rate up to the burst size.
 */
public final class FloodGuard {

  /** What to do with one message. */
  public enum Verdict {
    /** Process it normally. */
    ALLOW,
    /** Do not process it; send the one "slow down" notice. */
    NOTICE,
    /** Do not process it and say nothing (the notice was already sent). */
    SILENCE
  }

  /**
   * @param burst messages accepted back to back
   * @param perMinute sustained messages per minute
   */
  public record Settings(int burst, int perMinute) {
    public Settings {
      if (burst < 1 || perMinute < 1) {
        throw new IllegalArgumentException("burst and perMinute must be at least 1");
      }
    }
  }

  private static final class Bucket {
    double tokens;
    Instant refilledAt;
    boolean noticed;

    Bucket(double tokens, Instant refilledAt) {
      this.tokens = tokens;
      this.refilledAt = refilledAt;
    }
  }

  private final Settings settings;
  private final InstantSource clock;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(1_000_000).expireAfterAccess(Duration.ofHours(1)).build();

  public FloodGuard(Settings settings, InstantSource clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Takes a token for one message of {@code learnerKey}. */
  public Verdict admit(String learnerKey) {
    Instant now = clock.instant();
    Bucket bucket = buckets.get(learnerKey, k -> new Bucket(settings.burst(), now));
    synchronized (bucket) {
      double elapsedMinutes =
          Math.max(0, Duration.between(bucket.refilledAt, now).toNanos()) / 60e9;
      bucket.tokens =
          Math.min(settings.burst(), bucket.tokens + elapsedMinutes * settings.perMinute());
      bucket.refilledAt = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        bucket.noticed = false;
        return Verdict.ALLOW;
      }
      if (bucket.noticed) {
        return Verdict.SILENCE;
      }
      bucket.noticed = true;
      return Verdict.NOTICE;
    }
  }
}
