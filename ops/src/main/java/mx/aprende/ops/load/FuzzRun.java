package mx.aprende.ops.load;

import java.io.IOException;
import java.io.PrintStream;
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
import java.util.SplittableRandom;
import java.util.TreeMap;
import mx.aprende.bot.whatsapp.wire.HostileBodies;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.ops.OpsException;

/**
 * Sends the hostile corpus ({@link HostileBodies}) over HTTP to a bot and judges every answer:
 * never a 5xx or a dropped connection; a bad signature gets 401, a body over the limit 413, the
 * rest 200 (stored or ignored) or 400. Then the bot must still be itself: the valid messages among
 * the corpus are answered without the "algo falló" apology, and a normal message sent afterwards is
 * answered.
 */
final class FuzzRun {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final Duration QUIET = Duration.ofSeconds(2);
  private static final Duration DRAIN_AT_MOST = Duration.ofSeconds(120);

  private final int cases;
  private final long seed;
  private final boolean inProcess;
  private final Path projectDir;
  private final String maxHeap;
  private final PrintStream out;

  FuzzRun(
      int cases, long seed, boolean inProcess, Path projectDir, String maxHeap, PrintStream out) {
    this.cases = cases;
    this.seed = seed;
    this.inProcess = inProcess;
    this.projectDir = projectDir;
    this.maxHeap = maxHeap;
    this.out = out;
  }

  FuzzReport run() throws InterruptedException {
    Path work;
    try {
      work = Files.createTempDirectory("aprende-fuzz");
    } catch (IOException e) {
      throw new OpsException("Cannot create a temporary folder", e);
    }
    String secret = "fuzz-" + Long.toHexString(new SplittableRandom().nextLong());
    try (GraphSink sink = GraphSink.start(0, System::nanoTime);
        Target bot = start(work, sink, secret)) {
      return send(bot, sink);
    } finally {
      LoadTest.delete(work);
    }
  }

  private Target start(Path work, GraphSink sink, String secret) {
    Path curriculum = projectDir.resolve("curriculum");
    if (inProcess) {
      return InProcessBot.start(curriculum, work.resolve("data"), sink.baseUrl(), secret);
    }
    Path jar = projectDir.resolve("bot/target/bot.jar");
    if (!Files.isRegularFile(jar)) {
      throw new OpsException("No " + jar + ": build first (./tutor build)");
    }
    ChildJvm child =
        ChildJvm.bot(jar, curriculum, work, sink.baseUrl(), secret, maxHeap, List.of());
    out.println("Bot started as process " + child.pid() + " (log: " + child.log() + ")");
    return child;
  }

  private FuzzReport send(Target bot, GraphSink sink) throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    WebhookSigner signer = new WebhookSigner(bot.appSecret());
    HostileBodies corpus = new HostileBodies(PAYLOADS);
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> statuses = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    long started = System.nanoTime();
    out.printf("Sending %,d hostile bodies to %s%n", cases, bot.webhook());
    for (int i = 0; i < cases; i++) {
      HostileBodies.Case c = corpus.next(i, random);
      String signature =
          c.signed() ? signer.sign(c.body()) : random.nextBoolean() ? "sha256=00" : "md5=abc";
      int status = post(http, bot.webhook(), c.body(), signature);
      statuses.merge(c.kind() + " " + (status == 0 ? "no answer" : status), 1, Integer::sum);
      if (!expected(c, status) && wrong.size() < 20) {
        wrong.add(c.kind() + " #" + i + " (" + c.body().length + " bytes) → " + status);
      } else if (!expected(c, status)) {
        wrong.add("…");
      }
      if ((i + 1) % 2_000 == 0) {
        out.printf("  %,d sent%n", i + 1);
      }
    }
    Duration sending = Duration.ofNanos(System.nanoTime() - started);
    awaitQuiet(sink);
    long before = sink.requests();
    byte[] normal =
        PAYLOADS.text("5215500009999", "Ana", "wamid.fuzz.after", Instant.now(), "hola");
    int afterStatus = post(http, bot.webhook(), normal, signer.sign(normal));
    boolean answered = afterStatus == 200 && awaitMore(sink, before);
    return new FuzzReport(cases, statuses, wrong, sink.apologies(), afterStatus, answered, sending);
  }

  /** What the webhook must answer each case. */
  static boolean expected(HostileBodies.Case c, int status) {
    if (!c.signed()) {
      return status == 401;
    }
    if (c.body().length > HostileBodies.LIMIT_BYTES) {
      return status == 413;
    }
    return status == 200 || status == 400;
  }

  /** The status, or 0 when the connection failed or timed out (counted as wrong). */
  private static int post(HttpClient http, URI webhook, byte[] body, String signature)
      throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(webhook)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header(WebhookSigner.HEADER, signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Waits until the bot has answered what it stored (the sink stops receiving for a while). */
  private static void awaitQuiet(GraphSink sink) throws InterruptedException {
    long deadline = System.nanoTime() + DRAIN_AT_MOST.toNanos();
    long seen = -1;
    while (System.nanoTime() < deadline) {
      long now = sink.requests();
      if (now == seen) {
        return;
      }
      seen = now;
      Thread.sleep(QUIET);
    }
  }

  private static boolean awaitMore(GraphSink sink, long before) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (sink.requests() > before) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }
}
