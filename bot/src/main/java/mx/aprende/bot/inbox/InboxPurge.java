package mx.aprende.bot.inbox;

import java.time.Duration;
import java.time.InstantSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The periodic job that forgets processed inbound messages once they are older than the retention
 * (at least Meta's 7-day retry horizon, so deduplication still catches every retry). Unprocessed
 * messages are never purged.
 */
public final class InboxPurge implements Runnable {

  private static final Logger LOG = Logger.getLogger(InboxPurge.class.getName());

  private final Inbox inbox;
  private final Duration retention;
  private final InstantSource clock;

  public InboxPurge(Inbox inbox, Duration retention, InstantSource clock) {
    if (retention.compareTo(Duration.ofDays(7)) < 0) {
      throw new IllegalArgumentException("retention below Meta's 7-day retry horizon");
    }
    this.inbox = inbox;
    this.retention = retention;
    this.clock = clock;
  }

  /** Deletes what is past the retention; failures wait for the next run. */
  @Override
  public void run() {
    try {
      long deleted = inbox.purgeProcessedBefore(clock.instant().minus(retention));
      if (deleted > 0) {
        LOG.info("Purged " + deleted + " processed inbound messages past the retention");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Inbox purge failed; retrying at the next run", e);
    }
  }
}
