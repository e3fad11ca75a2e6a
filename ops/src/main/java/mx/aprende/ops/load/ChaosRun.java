package mx.aprende.ops.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.ops.OpsException;

/**
 * One fault run: a standalone MongoDB and the bots in child JVMs, the open-loop load with Meta-like
 * retries, the scenario's fault on schedule, then the wait for every reply and the {@link
 * ChaosReport}.
 */
final class ChaosRun {

  private static final LongSupplier NANOS = System::nanoTime;

  private final ChaosOptions options;
  private final PrintStream out;
  private final String classpath;

  /**
   * @param classpath what the MongoDB and bot child JVMs run from: this JVM's own classpath, which
   *     holds the ops and bot classes and every dependency
   */
  ChaosRun(ChaosOptions options, PrintStream out, String classpath) {
    this.options = options;
    this.out = out;
    this.classpath = classpath;
  }

  ChaosReport run() throws InterruptedException {
    checkSchedule();
    Path work;
    try {
      work = Files.createTempDirectory("aprende-chaos");
    } catch (IOException e) {
      throw new OpsException("Cannot create a temporary folder", e);
    }
    String secret = "chaos-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    List<ChildJvm> bots = new ArrayList<>();
    try (MongoChild mongo = MongoChild.start(work.resolve("mongo"), classpath);
        GraphSink sink = GraphSink.start(0, NANOS)) {
      out.println("Standalone MongoDB at " + mongo.uri() + " (log: " + mongo.log() + ")");
      Map<String, String> env = new java.util.HashMap<>(options.botEnv());
      env.put("MONGODB_URI", mongo.uri());
      for (int i = 1; i <= options.instances(); i++) {
        // One after the other: they share DATA_DIR, where development mode creates its keys once.
        ChildJvm bot =
            ChildJvm.bot(
                ChildJvm.BotLaunch.fromClasspath(classpath, "bot-" + i, env),
                options.load().projectDir().resolve("curriculum"),
                work,
                sink.baseUrl(),
                secret,
                options.load().maxHeap(),
                options.load().botJvmFlags());
        bots.add(bot);
        out.println("Bot " + i + " started as process " + bot.pid() + " at " + bot.webhook());
      }
      return load(mongo, bots, sink, secret);
    } finally {
      bots.forEach(ChildJvm::close);
      if (options.load().keep()) {
        out.println("Data and logs kept in " + work);
      } else {
        LoadTest.delete(work);
      }
    }
  }

  private void checkSchedule() {
    Duration duration = options.load().duration();
    Duration lastFault =
        switch (options.scenario()) {
          case MONGO_OUTAGE -> options.faultEvery().plus(options.outage());
          case KILL -> options.faultEvery().multipliedBy(options.kills());
          case INSTANCES -> Duration.ZERO;
        };
    if (lastFault.compareTo(duration) >= 0) {
      throw new OpsException(
          "The faults end at "
              + lastFault.toSeconds()
              + " s, after the load ("
              + duration.toSeconds()
              + " s): lengthen --duration or shorten --every/--outage");
    }
  }

  private ChaosReport load(MongoChild mongo, List<ChildJvm> bots, GraphSink sink, String secret)
      throws InterruptedException {
    LoadOptions load = options.load();
    out.printf(
        Locale.ROOT,
        "Loading %d bot(s): %,d learners, %.0f msgs/s for %d s, retrying non-200s for up to %d s%n",
        bots.size(),
        load.learners(),
        load.rate(),
        load.duration().toSeconds(),
        options.retryFor().toSeconds());
    WebhookPayloads payloads =
        WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
    Learners learners =
        new Learners(
            load.learners(),
            load.journeys().map(Journeys::read).orElseGet(Journeys::builtIn),
            payloads,
            new SplittableRandom(load.seed()));
    LatencyTrack ack = new LatencyTrack();
    Ledger ledger = new Ledger(learners.waIds(), new LatencyTrack());
    List<URI> webhooks = bots.stream().map(ChildJvm::webhook).toList();
    WebhookSigner signer = new WebhookSigner(secret);
    Optional<Receipts> receipts =
        options.receipts()
            ? Optional.of(new Receipts(webhooks, signer, payloads, InstantSource.system()))
            : Optional.empty();
    sink.recordInto(ledger);
    receipts.ifPresent(sink::receiptsTo);
    List<String> faults = new CopyOnWriteArrayList<>();
    List<Long> faultEnds = new CopyOnWriteArrayList<>();
    AtomicReference<RuntimeException> faultFailure = new AtomicReference<>();
    long started = NANOS.getAsLong();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    try (OpenLoopDriver driver =
        new OpenLoopDriver(
            webhooks,
            Optional.of(options.retryFor()),
            signer,
            learners,
            ledger,
            ack,
            InstantSource.system(),
            NANOS,
            HexFormat.of().formatHex(new SecureRandom().generateSeed(4)),
            load.maxInFlight())) {
      ticker.scheduleAtFixedRate(() -> progress(started, driver, sink), 5, 5, TimeUnit.SECONDS);
      Thread faultThread =
          Thread.ofPlatform()
              .name("chaos-faults")
              .start(
                  () -> {
                    try {
                      faults(started, mongo, bots, faults, faultEnds);
                    } catch (RuntimeException e) {
                      faultFailure.set(e);
                    }
                  });
      driver.run(load.rate(), Duration.ZERO, load.duration());
      faultThread.join();
      if (faultFailure.get() != null) {
        throw faultFailure.get();
      }
      awaitReplies(ledger);
      // Receipts still due for the last replies.
      Thread.sleep(Receipts.DELIVERED_AFTER.toMillis() + 1_000);
      long ended = NANOS.getAsLong();
      List<Duration> recoveries = new ArrayList<>();
      for (long end : faultEnds) {
        ledger
            .firstAcknowledgedAfter(end)
            .ifPresent(at -> recoveries.add(Duration.ofNanos(at - end)));
      }
      return new ChaosReport(
          options.scenario(),
          ledger.tally(),
          driver.failedAttempts(),
          driver.retried(),
          ledger.orderViolations(),
          sink.apologies(),
          faults,
          recoveries,
          receipts.map(
              r ->
                  r.acknowledged()
                      + " acknowledged of "
                      + r.posted()
                      + " posted, "
                      + r.failed()
                      + " given up"),
          options.scenario() == Scenario.KILL ? options.kills() : 0,
          Duration.ofNanos(ended - started),
          ledger.lost(5));
    } finally {
      ticker.shutdownNow();
      sink.recordInto(null);
      sink.receiptsTo(null);
      receipts.ifPresent(Receipts::close);
    }
  }

  /** The scenario's faults, on schedule from {@code started}; runs beside the load. */
  private void faults(
      long started, MongoChild mongo, List<ChildJvm> bots, List<String> faults, List<Long> ends) {
    switch (options.scenario()) {
      case MONGO_OUTAGE -> {
        sleepUntil(started + options.faultEvery().toNanos());
        if (options.hard()) {
          mongo.kill();
        } else {
          mongo.stop();
        }
        long down = NANOS.getAsLong();
        out.println(at(started) + "MongoDB " + (options.hard() ? "killed (kill -9)" : "stopped"));
        sleepUntil(down + options.outage().toNanos());
        mongo.begin();
        long up = NANOS.getAsLong();
        ends.add(up);
        String fault =
            String.format(
                Locale.ROOT,
                "MongoDB %s at %.1f s, down %.1f s",
                options.hard() ? "killed (kill -9)" : "stopped",
                (down - started) / 1e9,
                (up - down) / 1e9);
        faults.add(fault);
        out.println(at(started) + "MongoDB started again");
      }
      case KILL -> {
        ChildJvm bot = bots.getFirst();
        for (int k = 1; k <= options.kills(); k++) {
          sleepUntil(started + options.faultEvery().multipliedBy(k).toNanos());
          long killed = NANOS.getAsLong();
          bot.kill();
          ends.add(killed);
          out.println(at(started) + "bot killed (kill -9) #" + k);
          bot.restart();
          long ready = NANOS.getAsLong();
          out.println(at(started) + "bot restarted as process " + bot.pid());
          faults.add(
              String.format(
                  Locale.ROOT,
                  "kill -9 #%d at %.1f s, restarted and listening %.1f s later",
                  k,
                  (killed - started) / 1e9,
                  (ready - killed) / 1e9));
        }
      }
      case INSTANCES ->
          faults.add(
              bots.size() + " bot processes on one MongoDB, each webhook to one of them at random");
    }
  }

  private void awaitReplies(Ledger ledger) throws InterruptedException {
    long deadline = NANOS.getAsLong() + options.load().drain().toNanos();
    while (ledger.tally().lost() > 0 && NANOS.getAsLong() < deadline) {
      Thread.sleep(250);
    }
    // Late repeats (an outbox resend after a restart) still count.
    Thread.sleep(2_000);
  }

  private void progress(long started, OpenLoopDriver driver, GraphSink sink) {
    out.printf(
        Locale.ROOT,
        "%ssent %,d · acked %,d · in flight %,d · retried %,d · sink %,d%n",
        at(started),
        driver.sent(),
        driver.acknowledged(),
        driver.inFlight(),
        driver.retried(),
        sink.requests());
  }

  private static String at(long started) {
    return String.format(Locale.ROOT, "[%5.1fs] ", (NANOS.getAsLong() - started) / 1e9);
  }

  private static void sleepUntil(long nanos) {
    for (long wait = nanos - NANOS.getAsLong(); wait > 0; wait = nanos - NANOS.getAsLong()) {
      try {
        Thread.sleep(Duration.ofNanos(wait));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OpsException("Interrupted during the fault schedule", e);
      }
    }
  }
}
