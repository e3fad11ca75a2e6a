package mx.aprende.ops.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;

/**
 * {@code StandaloneMongo PORT FILE}: serves the MongoDB wire protocol on {@code 127.0.0.1:PORT}
 * with its data in the H2 MVStore {@code FILE}, until the process ends. Prints {@link #READY} once
 * it listens.
 *
 * <p>Every write command is committed to the file before it is acknowledged, like a journaled write
 * ({@code j: true}) on a real server: the bot treats an acknowledged insert as durable (it answers
 * the webhook 200 after it), so even a {@code kill -9} of this process must not lose it. Write
 * concerns in commands are otherwise ignored: there is no replica set, so {@code w: "majority"} is
 * this one node, which is what the bot's default of majority writes means here.
 */
public final class StandaloneMongo {

  /** The line printed once the server accepts connections. */
  public static final String READY = "standalone MongoDB ready";

  private static final Set<String> WRITES =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "createindexes",
          "dropindexes",
          "create",
          "drop",
          "dropdatabase");

  private StandaloneMongo() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("Usage: StandaloneMongo PORT FILE");
      System.exit(2);
      return;
    }
    int port = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(file.getParent());
    MVStore store = new MVStore.Builder().fileName(file.toString()).open();
    MongoServer server = new MongoServer(new JournaledBackend(store));
    server.bind("127.0.0.1", port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // Closes the backend, which commits and closes the file.
                  server.shutdown();
                  stopped.countDown();
                },
                "standalone-mongo-stop"));
    System.out.println(READY + " on port " + port + ", data in " + file);
    System.out.flush();
    stopped.await();
  }

  /** The H2 backend, committing the file after every write command. */
  private static final class JournaledBackend extends H2Backend {

    JournaledBackend(MVStore store) {
      super(store);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
      Document result = super.handleMessage(message);
      // An OP_MSG command document starts with the command's name ({insert: "inbound", ...}).
      String command = message.getDocument().keySet().stream().findFirst().orElse("");
      if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
        commit();
      }
      return result;
    }
  }
}
