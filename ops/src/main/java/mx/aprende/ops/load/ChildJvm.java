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
 * endpoint from this classpath. Output goes to a log file; the heap is read from its GC log.
 */
final class ChildJvm implements Target {

  private final String label;
  private final Process process;
  private final URI webhook;
  private final String appSecret;
  private final boolean replies;
  private final GcLog gcLog;
  private final Path log;

  private ChildJvm(
      String label,
      Process process,
      URI webhook,
      String appSecret,
      boolean replies,
      GcLog gcLog,
      Path log) {
    this.label = label;
    this.process = process;
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
    int port = freePort();
    Map<String, String> env =
        Map.of(
            "HOST", "127.0.0.1",
            "PORT", Integer.toString(port),
            "CONSOLE_PORT", Integer.toString(freePort()),
            "DATA_DIR", workDir.resolve("data").toString(),
            "CURRICULUM_DIR", curriculum.toString(),
            "WHATSAPP_APP_SECRET", appSecret,
            "GRAPH_API_BASE_URL", graphBase.toString());
    List<String> args = new ArrayList<>(List.of("-jar", botJar.toString()));
    return start(
        "bot (child JVM, -Xmx" + maxHeap + ")",
        args,
        env,
        port,
        workDir.resolve("bot"),
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
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new OpsException("Cannot start " + label + ": " + e.getMessage(), e);
    }
    URI webhook = URI.create("http://127.0.0.1:" + port + "/webhook");
    ChildJvm child = new ChildJvm(label, process, webhook, appSecret, replies, new GcLog(gc), log);
    try {
      child.awaitReady(Duration.ofSeconds(180));
    } catch (RuntimeException e) {
      child.close();
      throw e;
    }
    return child;
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
