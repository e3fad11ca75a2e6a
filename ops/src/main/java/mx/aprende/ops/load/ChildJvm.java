package mx.aprende.ops.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.aprende.ops.OpsException;

/**
 * A target in its own JVM, so its heap and CPU are its own: the bot from its jar, or the bare
 * endpoint from this classpath. Output goes to a log file; the heap is read from its GC log. The
 * fault runs also {@link #kill} it ({@code kill -9}) and {@link #restart} it on the same port.
 */
final class ChildJvm implements Target {

  private final String label;
  private final List<String> command;
  private final Map<String, String> env;
  private final Path log;
  private volatile Process process;
  private final URI webhook;
  private final String appSecret;
  private final boolean replies;
  private final GcLog gcLog;

  private ChildJvm(
      String label,
      List<String> command,
      Map<String, String> env,
      URI webhook,
      String appSecret,
      boolean replies,
      GcLog gcLog,
      Path log) {
    this.label = label;
    this.command = List.copyOf(command);
    this.env = Map.copyOf(env);
    this.webhook = webhook;
    this.appSecret = appSecret;
    this.replies = replies;
    this.gcLog = gcLog;
    this.log = log;
  }

  /**
   * Starts the bot from {@code botJar} with the embedded MongoDB under {@code workDir}, its Graph
   * API calls going to {@code graphBase}.
   */
  static ChildJvm bot(
      Path botJar,
      Path curriculum,
      Path workDir,
      URI graphBase,
      String appSecret,
      String maxHeap,
      List<String> extraJvmFlags) {
    return bot(
        new BotLaunch(List.of("-jar", botJar.toString()), "bot", Map.of()),
        curriculum,
        workDir,
        graphBase,
        appSecret,
        maxHeap,
        extraJvmFlags);
  }

  /**
   * How to start a bot process.
   *
   * @param mainArgs {@code -jar bot.jar}, or {@code -cp CLASSPATH mx.aprende.bot.Main}
   * @param name its name in the report and the folder of its logs under the work directory
   * @param env settings added to (or replacing) the load run's, e.g. {@code MONGODB_URI}
   */
  record BotLaunch(List<String> mainArgs, String name, Map<String, String> env) {
    BotLaunch {
      mainArgs = List.copyOf(mainArgs);
      env = Map.copyOf(env);
    }

    /** The bot from the classes on {@code classpath} (tests: no jar is packaged yet). */
    static BotLaunch fromClasspath(String classpath, String name, Map<String, String> env) {
      return new BotLaunch(List.of("-cp", classpath, "mx.aprende.bot.Main"), name, env);
    }
  }

  /**
   * Starts a bot as {@code launch} says, its Graph API calls going to {@code graphBase}, its data
   * (and the embedded MongoDB unless {@code launch} sets {@code MONGODB_URI}) under {@code
   * workDir/data}.
   */
  static ChildJvm bot(
      BotLaunch launch,
      Path curriculum,
      Path workDir,
      URI graphBase,
      String appSecret,
      String maxHeap,
      List<String> extraJvmFlags) {
    int port = freePort();
    Map<String, String> env = new java.util.HashMap<>();
    env.put("HOST", "127.0.0.1");
    env.put("PORT", Integer.toString(port));
    env.put("CONSOLE_PORT", Integer.toString(freePort()));
    env.put("DATA_DIR", workDir.resolve("data").toString());
    env.put("CURRICULUM_DIR", curriculum.toString());
    env.put("WHATSAPP_APP_SECRET", appSecret);
    env.put("GRAPH_API_BASE_URL", graphBase.toString());
    env.putAll(launch.env());
    return start(
        launch.name() + " (child JVM, -Xmx" + maxHeap + ")",
        launch.mainArgs(),
        env,
        port,
        workDir.resolve(launch.name()),
        appSecret,
        true,
        maxHeap,
        extraJvmFlags);
  }

  /** Starts {@link BareEndpoint} from this JVM's classpath. */
  static ChildJvm bare(Path workDir, String appSecret, String maxHeap) {
    int port = freePort();
    List<String> args =
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            BareEndpoint.class.getName(),
            Integer.toString(port));
    return start(
        "bare Helidon endpoint (child JVM, -Xmx" + maxHeap + ")",
        args,
        Map.of(BareEndpoint.SECRET_VARIABLE, appSecret),
        port,
        workDir.resolve("bare"),
        appSecret,
        false,
        maxHeap,
        List.of());
  }

  private static ChildJvm start(
      String label,
      List<String> mainArgs,
      Map<String, String> env,
      int port,
      Path files,
      String appSecret,
      boolean replies,
      String maxHeap,
      List<String> extraJvmFlags) {
    try {
      Files.createDirectories(files);
    } catch (IOException e) {
      throw new OpsException("Cannot create " + files, e);
    }
    Path gc = files.resolve("gc.log");
    Path log = files.resolve("output.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The same flags ./tutor run uses, plus the heap cap and a GC log for the heap figures.
    command.addAll(
        List.of(
            "--enable-native-access=ALL-UNNAMED",
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xmx" + maxHeap,
            "-Xlog:gc:file=" + gc));
    command.addAll(extraJvmFlags);
    command.addAll(mainArgs);
    URI webhook = URI.create("http://127.0.0.1:" + port + "/webhook");
    ChildJvm child =
        new ChildJvm(label, command, env, webhook, appSecret, replies, new GcLog(gc), log);
    child.launch();
    return child;
  }

  /** Starts the process (again) with the same command and settings, and waits until it answers. */
  private void launch() {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new OpsException("Cannot start " + label + ": " + e.getMessage(), e);
    }
    try {
      awaitReady(Duration.ofSeconds(180));
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** {@code kill -9}: the process dies at once, without its shutdown hooks. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the process again after {@link #kill}, on the same port; returns once it answers. */
  void restart() {
    if (process.isAlive()) {
      throw new OpsException(label + " is still running");
    }
    launch();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Polls the webhook's GET handshake: any HTTP answer means the server is listening. */
  private void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new OpsException(label + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        http.send(
            HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(2)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException e) {
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OpsException("Interrupted while waiting for " + label, e);
      }
    }
    throw new OpsException(label + " did not start within " + timeout + "; see " + log);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new OpsException("No free local port", e);
    }
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public URI webhook() {
    return webhook;
  }

  @Override
  public String appSecret() {
    return appSecret;
  }

  @Override
  public boolean replies() {
    return replies;
  }

  @Override
  public java.util.Optional<Duration> cpuTime() {
    return process.info().totalCpuDuration();
  }

  @Override
  public synchronized HeapReading heap() {
    return gcLog.poll();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
