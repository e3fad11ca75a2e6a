package mx.aprende.ops.backup;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.settings.BotSettings;

/**
 * {@code ./tutor backup [FOLDER]} and {@code ./tutor restore FOLDER [--replace]}: work on the
 * database in {@code MONGODB_URI}, or on the embedded one of a bot running on {@code DATA_DIR}, or
 * open that embedded database when no bot runs (the same rule as {@code ./tutor refit}).
 */
public final class BackupCommand {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private BackupCommand() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    try {
      System.exit(run(List.of(args)));
    } catch (BackupException e) {
      System.err.println(
          "Aprende " + (args.length > 0 ? args[0] : "backup") + " failed: " + e.getMessage());
      System.exit(1);
    }
  }

  static int run(List<String> args) {
    if (args.isEmpty() || !List.of("backup", "restore").contains(args.getFirst())) {
      System.err.println(
          "Usage: ./tutor backup [FOLDER]    (default backups/aprende-<UTC time>)\n"
              + "       ./tutor restore FOLDER [--replace]");
      return 2;
    }
    BotSettings settings = BotSettings.load(Config.create(), System.getenv());
    InstantSource clock = InstantSource.system();
    try (MongoStorage storage = MongoStorage.forTool(settings.storage())) {
      if (args.getFirst().equals("backup")) {
        Path folder =
            args.size() > 1
                ? Path.of(args.get(1))
                : Path.of("backups", "aprende-" + STAMP.format(clock.instant()));
        DatabaseBackup.Summary summary = DatabaseBackup.backup(storage.database(), folder, clock);
        System.out.printf(
            "Backed up %d documents in %d collections of %s to %s%n",
            summary.total(), summary.documents().size(), summary.database(), folder);
        return 0;
      }
      if (args.size() < 2) {
        System.err.println("Usage: ./tutor restore FOLDER [--replace]");
        return 2;
      }
      boolean replace = args.contains("--replace");
      DatabaseBackup.Summary summary =
          DatabaseBackup.restore(storage.database(), Path.of(args.get(1)), replace);
      System.out.printf(
          "Restored %d documents in %d collections into %s%n",
          summary.total(), summary.documents().size(), summary.database());
      return 0;
    }
  }
}
