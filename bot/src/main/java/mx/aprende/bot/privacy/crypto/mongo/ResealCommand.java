package mx.aprende.bot.privacy.crypto.mongo;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import java.util.Map;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.bot.settings.BotSettings;

/**
 * {@code ./tutor reseal}: the last step of an encryption key rotation ({@link Reseal}) on the
 * database in {@code MONGODB_URI}, or the embedded one under {@code DATA_DIR}, with the same data
 * keys the bot reads from the environment. Prints counts only, never a value.
 */
public final class ResealCommand {

  private ResealCommand() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    BotSettings settings = BotSettings.load(Config.create(), System.getenv());
    Reseal.Report report;
    try (MongoStorage storage = MongoStorage.forTool(settings.storage())) {
      FieldCipher cipher =
          DevelopmentDataKeys.cipher(settings.dataProtection(), storage.database());
      report = Reseal.run(storage.database(), cipher);
      System.out.println("Re-sealed under key id " + cipher.currentKeyId() + ":");
    }
    long unreadable = 0;
    for (Map.Entry<String, Long> e : report.resealed().entrySet()) {
      long left = report.unreadable().get(e.getKey());
      unreadable += left;
      System.out.printf(
          "  %-24s %8d re-sealed%s%n",
          e.getKey(), e.getValue(), left == 0 ? "" : ", " + left + " cannot be opened");
    }
    if (unreadable > 0) {
      System.out.println(
          "Values that cannot be opened need their key in DATA_ENCRYPTION_RETIRED_KEYS;"
              + " keep the retired keys until this prints none.");
    }
    System.exit(unreadable == 0 ? 0 : 1);
  }
}
