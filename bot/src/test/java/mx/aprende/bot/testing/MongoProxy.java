package mx.aprende.bot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of a MongoDB server that can cut the connection carrying one chosen command:
 * the command is never forwarded and the driver sees its socket die, as when a server restarts or a
 * network drops one connection. The rest of the traffic passes untouched, so the very next
 * operation works again; that is the failure a pool of connections left stale by a restart gives.
 *
 * <p>Written here because no library offers a wire-level cut of one command; it matches the
 * command's first BSON field ({@code insert: "outbox"}), which the driver writes in one piece.
 */
public final class MongoProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int targetPort;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicReference<byte[]> armed = new AtomicReference<>();
  private final AtomicInteger cut = new AtomicInteger();

  private MongoProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().name("mongo-proxy").start(this::accept);
  }

  /** A proxy on a free local port forwarding to {@code targetPort} on this machine. */
  public static MongoProxy to(int targetPort) {
    try {
      return new MongoProxy(targetPort);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  /** A direct-connection URI through the proxy. */
  public String uri() {
    return "mongodb://127.0.0.1:" + port() + "/?directConnection=true";
  }

  /**
   * Cuts the connection that carries the next {@code command} on {@code collection} (for example
   * {@code "insert", "outbox"}), once.
   */
  public void cutNext(String command, String collection) {
    armed.set(commandBytes(command, collection));
  }

  /** How many connections were cut so far. */
  public int cuts() {
    return cut.get();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
    sockets.forEach(MongoProxy::quietlyClose);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(upstream);
        Thread.ofVirtual().start(() -> pump(client, upstream, true));
        Thread.ofVirtual().start(() -> pump(upstream, client, false));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to, boolean fromClient) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        byte[] pattern = armed.get();
        if (fromClient
            && pattern != null
            && contains(buffer, n, pattern)
            && armed.compareAndSet(pattern, null)) {
          cut.incrementAndGet();
          quietlyClose(from);
          quietlyClose(to);
          return;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // One side went away: the other follows.
    } finally {
      quietlyClose(from);
      quietlyClose(to);
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  /** BSON for a command document's first field: type 0x02, name, then the string value. */
  private static byte[] commandBytes(String command, String collection) {
    byte[] name = command.getBytes(StandardCharsets.UTF_8);
    byte[] value = collection.getBytes(StandardCharsets.UTF_8);
    int length = value.length + 1;
    byte[] bytes = new byte[1 + name.length + 1 + 4 + value.length + 1];
    int i = 0;
    bytes[i++] = 0x02;
    for (byte b : name) {
      bytes[i++] = b;
    }
    bytes[i++] = 0;
    bytes[i++] = (byte) length;
    bytes[i++] = (byte) (length >>> 8);
    bytes[i++] = (byte) (length >>> 16);
    bytes[i++] = (byte) (length >>> 24);
    for (byte b : value) {
      bytes[i++] = b;
    }
    bytes[i] = 0;
    return bytes;
  }

  private static boolean contains(byte[] buffer, int length, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (buffer[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void quietlyClose(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }
}
