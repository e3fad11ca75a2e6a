package mx.aprende.bot;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import java.io.PrintStream;
import java.time.InstantSource;
import java.util.concurrent.CountDownLatch;
import mx.aprende.bot.mongo.StorageException;
import mx.aprende.bot.settings.BotSettings;
import mx.aprende.bot.settings.Mode;
import mx.aprende.bot.settings.SettingsException;

/**
 * Starts Aprende: reads the settings, wires the features ({@link Wiring}), starts the server, and
 * stops everything in order on Ctrl-C so nothing acknowledged is lost.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    LogConfig.configureRuntime();
    BotSettings settings;
    RunningBot bot;
    try {
      settings = BotSettings.load(Config.create(), System.getenv());
      bot = Wiring.start(settings, InstantSource.system());
    } catch (SettingsException | StorageException e) {
      System.err.println("Aprende cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  bot.stop();
                  // Printed, not logged: logging is already shut down in a shutdown hook.
                  System.out.println("MongoDB commands sent: " + bot.storage().commands().counts());
                  System.out.println("Aprende stopped. Your data is saved.");
                  stopped.countDown();
                },
                "aprende-shutdown"));
    printWelcome(System.out, settings, bot);
    stopped.await();
  }

  static void printWelcome(PrintStream out, BotSettings settings, RunningBot bot) {
    String base = "http://localhost:" + bot.port();
    String console =
        "http://" + hostForLinks(settings.server().consoleHost()) + ":" + bot.consolePort();
    out.println();
    out.println(
        "Aprende is running ("
            + settings.mode().name().toLowerCase(java.util.Locale.ROOT)
            + " mode).");
    if (settings.mode() == Mode.DEVELOPMENT) {
      out.println("  Chat with the bot:  " + base + "/simulator");
    }
    out.println("  WhatsApp webhook:   " + base + "/webhook");
    out.println("  Staff console:      " + console + "/");
    out.println("  Health:             " + console + "/observe/health");
    out.println("  Metrics:            " + console + "/observe/metrics");
    out.println("  Data:               " + bot.storageDescription());
    if (!settings.whatsApp().generatedSecrets().isEmpty()) {
      out.println(
          "  Development secrets generated for this run: "
              + String.join(", ", settings.whatsApp().generatedSecrets())
              + " (set them to keep them stable)");
    }
    out.println("Press Ctrl-C to stop.");
    out.println();
  }

  private static String hostForLinks(String host) {
    return "0.0.0.0".equals(host) ? "localhost" : host;
  }
}
