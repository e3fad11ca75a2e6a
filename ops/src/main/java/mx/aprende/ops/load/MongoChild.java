package mx.aprende.ops.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mx.aprende.ops.OpsException;
import mx.aprende.ops.mongo.StandaloneMongo;

/**
 * A {@link StandaloneMongo} in its own JVM on a fixed loopback port, data in one file under the
 * work directory, so a fault run can stop it, kill it and start it again under running bots.
 */
final class MongoChild implements AutoCloseable {

  private final int port;
  private final List<String> command;
  private final Path log;
  private volatile Process process;

  private MongoChild(int port, List<String> command, Path log) {
    this.port = port;
    this.command = List.copyOf(command);
    this.log = log;
  }

  /** Starts the server with its file and log under {@code dir}; returns once it listens. */
  static MongoChild start(Path dir, String classpath) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new OpsException("Cannot create " + dir, e);
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new OpsException("No free local port", e);
    }
    MongoChild child =
        new MongoChild(
            port,
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-Xmx256m",
                "-cp",
                classpath,
                StandaloneMongo.class.getName(),
                Integer.toString(port),
                dir.resolve("mongo.mv.db").toString()),
            dir.resolve("mongo.log"));
    child.begin();
    return child;
  }

  /** What the bots' {@code MONGODB_URI} is set to. */
  String uri() {
    // One node and no replica set: connect to it directly instead of discovering a topology.
    return "mongodb://127.0.0.1:" + port + "/?directConnection=true";
  }

  /** Starts it again after {@link #stop} or {@link #kill}; returns once it listens. */
  void begin() {
    if (process != null && process.isAlive()) {
      throw new OpsException("MongoDB is still running");
    }
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new OpsException("Cannot start the standalone MongoDB: " + e.getMessage(), e);
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new OpsException("The standalone MongoDB exited; see " + log);
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        pause();
      }
    }
    throw new OpsException("The standalone MongoDB did not start; see " + log);
  }

  /** Stops it like a service manager does (SIGTERM: it commits and closes its file). */
  void stop() {
    process.destroy();
    await();
  }

  /** {@code kill -9}: only the writes it acknowledged are in its file. */
  void kill() {
    process.destroyForcibly();
    await();
  }

  private void await() {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  Path log() {
    return log;
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      stop();
    }
  }
}
