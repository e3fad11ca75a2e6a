package mx.aprende.engine.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import mx.aprende.engine.mastery.BktFitter;
import mx.aprende.engine.mastery.FeatureSet;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.mastery.LogisticFitter;

/**
 * The refit command: fits BKT (per-skill mastery) and Best-LR+ (success prediction) on the whole
 * attempts log and saves them as new parameter versions, which running processes pick up through
 * {@link mx.aprende.engine.store.ParameterStore#loadBktIfNewer} / {@code loadLogisticIfNewer}.
 *
 * <p>Usage: {@code java ... mx.aprende.engine.mongo.Refit MONGODB_URI DATABASE}.
 */
public final class Refit {

  /** Versions written by one refit. */
  public record Result(int learners, int attempts, long bktVersion, long logisticVersion) {}

  private Refit() {}

  /** Refits from the log in {@code database} and stores the new versions there. */
  public static Result run(MongoDatabase database) {
    List<LearnerHistory> histories = new MongoAttemptLog(database).histories();
    int attempts = histories.stream().mapToInt(h -> h.attempts().size()).sum();
    MongoParameterStore store = new MongoParameterStore(database);
    long bkt = store.saveBkt(new BktFitter(BktFitter.Options.standard()).fit("bkt", histories));
    long logistic =
        store.saveLogistic(
            new LogisticFitter(FeatureSet.BEST_LR_PLUS, LogisticFitter.Options.standard())
                .fit(histories));
    return new Result(histories.size(), attempts, bkt, logistic);
  }

  /** Entry point: {@code Refit MONGODB_URI DATABASE}. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: Refit MONGODB_URI DATABASE");
      System.exit(2);
    }
    try (MongoClient client = MongoClients.create(args[0])) {
      Result r = run(client.getDatabase(args[1]));
      System.out.printf(
          "refit on %d learners, %d attempts: bkt v%d, best-lr+ v%d%n",
          r.learners(), r.attempts(), r.bktVersion(), r.logisticVersion());
    }
  }
}
