package mx.aprende.bot.exam.mongo;

import com.mongodb.client.MongoDatabase;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Arrays;
import mx.aprende.bot.certificate.mongo.MongoCertificateStore;
import mx.aprende.bot.exam.BookingCodes;
import mx.aprende.bot.exam.ExamAdmin;
import mx.aprende.bot.exam.ExamBookings;
import mx.aprende.bot.exam.ExamException;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.bot.privacy.crypto.mongo.DevelopmentDataKeys;
import mx.aprende.bot.settings.BotSettings;

/**
 * {@code ./tutor exam ...}: the exam admin commands ({@link mx.aprende.bot.exam.ExamAdmin}) on the
 * database in {@code MONGODB_URI}, or on the embedded one of a bot running on {@code DATA_DIR}, or
 * on that embedded database opened here when no bot runs.
 */
public final class ExamCommand {

  private ExamCommand() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    BotSettings settings = BotSettings.load(Config.create(), System.getenv());
    int code;
    try (MongoStorage storage = MongoStorage.forTool(settings.storage())) {
      FieldCipher cipher =
          DevelopmentDataKeys.cipher(settings.dataProtection(), storage.database());
      code =
          admin(storage.database(), cipher, InstantSource.system())
              .run(Arrays.asList(args), System.out, System.err);
    }
    System.exit(code);
  }

  /** The admin commands over the exam collections of {@code database}. */
  static ExamAdmin admin(MongoDatabase database, FieldCipher cipher, InstantSource clock) {
    MongoCenters centers = new MongoCenters(database);
    MongoExamStore store = new MongoExamStore(database, cipher);
    ExamBookings bookings =
        new ExamBookings(store, centers, new BookingCodes(new SecureRandom()), clock);
    return new ExamAdmin(
        centers,
        store,
        bookings,
        (id, reason) -> {
          if (!new MongoCertificateStore(database).revoke(id, reason, clock.instant())) {
            throw new ExamException("no certificate or credential has the id " + id);
          }
        });
  }
}
