package mx.aprende.bot.inbox;

import java.time.Duration;

/**
 * Per-learner leases shared by every bot instance on one database, so that two instances never
 * process the same learner at once. A lease has one owner and an expiry: an instance that dies
 * holding one blocks the learner only until it expires.
 */
public interface Leases {

  /**
   * Takes the lease on {@code key} for {@code ttl} if it is free, expired or already ours.
   *
   * @return whether we hold it now
   * @throws InboxUnavailableException when the store cannot be reached
   */
  boolean acquire(String key, Duration ttl);

  /**
   * Extends a lease we hold.
   *
   * @return false if we no longer hold it (it expired and someone else took it)
   */
  boolean renew(String key, Duration ttl);

  /** Gives the lease up if we hold it. */
  void release(String key);

  /** This instance's owner id, as written on its leases. */
  String owner();
}
