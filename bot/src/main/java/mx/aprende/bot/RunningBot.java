package mx.aprende.bot;

import io.helidon.webserver.WebServer;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.inbox.LearnerLanes;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.simulator.Simulator;

/** A started bot: its ports, and an orderly stop. */
public final class RunningBot {

  private static final Logger LOG = Logger.getLogger(RunningBot.class.getName());

  private final WebServer server;
  private final MongoStorage storage;
  private final LearnerLanes lanes;
  private final Optional<Simulator> simulator;
  private final List<AutoCloseable> resources;
  private final String storageDescription;

  RunningBot(
      WebServer server,
      MongoStorage storage,
      LearnerLanes lanes,
      Optional<Simulator> simulator,
      List<AutoCloseable> resources,
      String storageDescription) {
    this.server = server;
    this.storage = storage;
    this.lanes = lanes;
    this.simulator = simulator;
    this.resources = List.copyOf(resources);
    this.storageDescription = storageDescription;
  }

  public int port() {
    return server.port();
  }

  public int consolePort() {
    return server.port(Wiring.CONSOLE_SOCKET);
  }

  /** The simulator, in development mode. */
  public Optional<Simulator> simulator() {
    return simulator;
  }

  public MongoStorage storage() {
    return storage;
  }

  String storageDescription() {
    return storageDescription;
  }

  /**
   * Stops in the order that loses nothing: no new requests, then finish the learners' messages in
   * flight, then close storage (which flushes the embedded database file).
   */
  public void stop() {
    server.stop();
    try {
      if (!lanes.drain(15)) {
        LOG.warning("Some messages were still being processed; they will resume at the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lanes.close();
    simulator.ifPresent(Simulator::close);
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Closing " + resource.getClass().getSimpleName() + " failed", e);
      }
    }
    try {
      storage.close();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing storage failed", e);
    }
  }
}
