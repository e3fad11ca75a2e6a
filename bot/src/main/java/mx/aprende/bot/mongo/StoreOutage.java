package mx.aprende.bot.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Tells a MongoDB that cannot be reached for now (worth waiting for) from a store that answered
 * with an error (a bug or bad data, which waiting will not mend).
 *
 * <p>Why the whole cause chain: adapters and caches wrap the driver's exception in their own. Why
 * not every {@link MongoException}: a duplicate key or a validation error would come back on every
 * retry and hold the learner's lane for ever.
 */
public final class StoreOutage {

  private StoreOutage() {}

  /** Whether {@code error}, or anything that caused it, says the store is unreachable. */
  public static boolean causes(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (isUnreachable(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnreachable(Throwable t) {
    return t instanceof MongoSocketException
        || t instanceof MongoTimeoutException
        || t instanceof MongoConnectionPoolClearedException
        || t instanceof MongoNotPrimaryException
        || t instanceof MongoNodeIsRecoveringException
        || t instanceof MongoExecutionTimeoutException
        || (t instanceof MongoException m
            && (m.hasErrorLabel("RetryableWriteError")
                || m.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)));
  }
}
