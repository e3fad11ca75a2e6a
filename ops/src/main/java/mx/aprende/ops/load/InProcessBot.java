package mx.aprende.ops.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.settings.BotSettings;

/**
 * The bot wired in this JVM, on free ports, with the embedded MongoDB in {@code dataDir}. Quick to
 * start (used by the smoke test), but the generator shares its CPU and heap, so the heap figure is
 * the sum of both: prefer {@link ChildJvm} for figures.
 */
final class InProcessBot implements Target {

  private final RunningBot bot;
  private final String appSecret;
  private long peakUsed;
  private long peakCommitted;

  private InProcessBot(RunningBot bot, String appSecret) {
    this.bot = bot;
    this.appSecret = appSecret;
  }

  static InProcessBot start(Path curriculum, Path dataDir, URI graphBase, String appSecret) {
    Map<String, String> env = new HashMap<>();
    env.put("HOST", "127.0.0.1");
    env.put("PORT", "0");
    env.put("CONSOLE_PORT", "0");
    env.put("DATA_DIR", dataDir.toString());
    env.put("CURRICULUM_DIR", curriculum.toString());
    env.put("WHATSAPP_APP_SECRET", appSecret);
    env.put("GRAPH_API_BASE_URL", graphBase.toString());
    BotSettings settings = BotSettings.load(io.helidon.config.Config.empty(), env);
    return new InProcessBot(Wiring.start(settings, InstantSource.system()), appSecret);
  }

  @Override
  public String label() {
    return "bot (in-process; heap includes the generator)";
  }

  @Override
  public URI webhook() {
    return URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
  }

  @Override
  public String appSecret() {
    return appSecret;
  }

  @Override
  public boolean replies() {
    return true;
  }

  @Override
  public synchronized HeapReading heap() {
    MemoryUsage usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    peakUsed = Math.max(peakUsed, usage.getUsed());
    peakCommitted = Math.max(peakCommitted, usage.getCommitted());
    return new HeapReading(peakUsed, 0, peakCommitted, 0, 0, 0);
  }

  @Override
  public void close() {
    bot.stop();
  }
}
