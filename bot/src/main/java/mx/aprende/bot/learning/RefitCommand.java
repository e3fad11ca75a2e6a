package mx.aprende.bot.learning;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.settings.BotSettings;
import mx.aprende.engine.mongo.Refit;

/**
 * {@code ./tutor refit}: refits the mastery models on every attempt so far and saves new parameter
 * versions, which a running bot picks up within a minute ({@link ModelRefresher}). Works on the
 * database in {@code MONGODB_URI}, or on the embedded one of a bot running on {@code DATA_DIR}, or
 * opens that embedded database itself when no bot runs.
 */
public final class RefitCommand {

  private RefitCommand() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    BotSettings settings = BotSettings.load(Config.create(), System.getenv());
    try (MongoStorage storage = MongoStorage.forTool(settings.storage())) {
      Refit.Result r = Refit.run(storage.database());
      System.out.printf(
          "Refitted on %d learners and %d attempts: bkt v%d, best-lr+ v%d. A running bot uses them within a minute.%n",
          r.learners(), r.attempts(), r.bktVersion(), r.logisticVersion());
    }
  }
}
