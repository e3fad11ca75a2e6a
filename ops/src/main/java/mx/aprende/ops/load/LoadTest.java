package mx.aprende.ops.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.ops.OpsException;

/**
 * {@code ./tutor loadtest}: starts (or targets) a bot and a fake Graph API sink, runs the open-loop
 * load and prints the report ({@link LoadOptions#USAGE}). Exit status 0 when every target of issue
 * 8 was met, 1 when a figure missed its bar, 2 on a usage or start-up error.
 */
public final class LoadTest {

  private static final LongSupplier NANOS = System::nanoTime;

  private final LoadOptions options;
  private final PrintStream out;
  private final boolean liveLine;

  LoadTest(LoadOptions options, PrintStream out, boolean liveLine) {
    this.options = options;
    this.out = out;
    this.liveLine = liveLine;
  }

  public static void main(String[] args) {
    if (List.of(args).contains("--help")) {
      System.out.print(LoadOptions.USAGE);
      return;
    }
    Path project = Path.of(System.getProperty("aprende.project.dir", ".")).toAbsolutePath();
    System.exit(
        ExitStatus.of(
            () -> {
              LoadOptions options = LoadOptions.parse(List.of(args), System.getenv(), project);
              return new LoadTest(options, System.out, System.console() != null)
                  .run().stream().allMatch(LoadReport::passed);
            }));
  }

  /** Runs the load against the bot, then against the bare endpoint when asked; one report each. */
  List<LoadReport> run() throws InterruptedException {
    Path work;
    try {
      work = Files.createTempDirectory("aprende-loadtest");
    } catch (IOException e) {
      throw new OpsException("Cannot create a temporary folder", e);
    }
    String secret = options.target().isPresent() ? options.appSecret() : "load-" + randomHex();
    List<LoadReport> reports = new ArrayList<>();
    try (GraphSink sink = GraphSink.start(options.sinkPort(), NANOS)) {
      out.println("Fake Graph API sink: " + sink.baseUrl());
      if (options.bareOnly()) {
        try (Target bare = ChildJvm.bare(work, secret, options.maxHeap())) {
          reports.add(load(bare, sink));
        }
        out.println(reports.getLast().format());
        return reports;
      }
      try (Target bot = startBot(work, sink, secret)) {
        reports.add(load(bot, sink));
      }
      out.println(reports.getFirst().format());
      if (options.bare()) {
        try (Target bare = ChildJvm.bare(work, secret, options.maxHeap())) {
          reports.add(load(bare, sink));
        }
        out.println(reports.getLast().format());
        out.println(reports.getFirst().comparedWith(reports.getLast()));
      }
    } finally {
      if (options.keep()) {
        out.println("Data and logs kept in " + work);
      } else {
        delete(work);
      }
    }
    return reports;
  }

  private Target startBot(Path work, GraphSink sink, String secret) {
    if (options.target().isPresent()) {
      return new ExternalBot(options.target().get(), secret);
    }
    Path curriculum = options.projectDir().resolve("curriculum");
    out.println("Starting the bot (embedded MongoDB in " + work + ")...");
    if (options.inProcess()) {
      return InProcessBot.start(curriculum, work.resolve("data"), sink.baseUrl(), secret);
    }
    Path jar = options.projectDir().resolve("bot/target/bot.jar");
    if (!Files.isRegularFile(jar)) {
      throw new OpsException("No " + jar + ": build first (./tutor build)");
    }
    ChildJvm child =
        ChildJvm.bot(
            jar,
            curriculum,
            work,
            sink.baseUrl(),
            secret,
            options.maxHeap(),
            options.botJvmFlags());
    out.println("Bot started as process " + child.pid() + " (log: " + child.log() + ")");
    return child;
  }

  /** One warm-up plus measured run against {@code target}. */
  private LoadReport load(Target target, GraphSink sink) throws InterruptedException {
    out.printf(
        Locale.ROOT,
        "Loading %s: %,d learners, %.0f msgs/s, %ds warm-up + %ds measured%n",
        target.label(),
        options.learners(),
        options.rate(),
        options.warmup().toSeconds(),
        options.duration().toSeconds());
    Journeys journeys = options.journeys().map(Journeys::read).orElseGet(Journeys::builtIn);
    Learners learners =
        new Learners(
            options.learners(),
            journeys,
            WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000"),
            new SplittableRandom(options.seed()));
    LatencyTrack ack = new LatencyTrack();
    LatencyTrack e2e = new LatencyTrack();
    Ledger ledger = new Ledger(learners.waIds(), e2e);
    sink.recordInto(ledger);
    String runId = randomHex().substring(0, 8);
    long started = NANOS.getAsLong();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    try (OpenLoopDriver driver =
        new OpenLoopDriver(
            target.webhook(),
            new WebhookSigner(target.appSecret()),
            learners,
            ledger,
            ack,
            InstantSource.system(),
            NANOS,
            runId,
            options.maxInFlight())) {
      ticker.scheduleAtFixedRate(
          () -> progress(started, driver, ack, e2e, sink, target), 1, 1, TimeUnit.SECONDS);
      java.util.Optional<Duration> cpuBefore = target.cpuTime();
      driver.run(options.rate(), options.warmup(), options.duration());
      if (target.replies()) {
        awaitReplies(ledger);
      }
      java.util.Optional<LoadReport.CpuUse> cpu =
          cpuBefore.flatMap(
              before ->
                  target
                      .cpuTime()
                      .map(
                          after ->
                              new LoadReport.CpuUse(after.minus(before), driver.acknowledged())));
      ticker.shutdownNow();
      ticker.awaitTermination(2, TimeUnit.SECONDS);
      if (liveLine) {
        out.println();
      }
      return new LoadReport(
          target.label(),
          options.learners(),
          options.rate(),
          options.duration(),
          ledger.tally(),
          driver.errors(),
          ack.total(),
          e2e.total(),
          target.heap(),
          target.replies(),
          cpu);
    } finally {
      ticker.shutdownNow();
      sink.recordInto(null);
    }
  }

  /** Waits until every acknowledged turn has a reply, then a second more for late duplicates. */
  private void awaitReplies(Ledger ledger) throws InterruptedException {
    long deadline = NANOS.getAsLong() + options.drain().toNanos();
    while (ledger.tally().lost() > 0 && NANOS.getAsLong() < deadline) {
      Thread.sleep(250);
    }
    Thread.sleep(1_000);
  }

  private void progress(
      long started,
      OpenLoopDriver driver,
      LatencyTrack ack,
      LatencyTrack e2e,
      GraphSink sink,
      Target target) {
    long elapsed = Duration.ofNanos(NANOS.getAsLong() - started).toSeconds();
    String phase = elapsed < options.warmup().toSeconds() ? "warm-up" : "measure";
    LatencySummary ackNow = ack.interval();
    LatencySummary e2eNow = e2e.interval();
    HeapReading heap = target.heap();
    String line =
        String.format(
            Locale.ROOT,
            "[%3ds %s] sent %,d · acked %,d · in flight %,d · last 1s: ack p99 %s, e2e p99 %s ·"
                + " sink %,d · heap peak %s",
            elapsed,
            phase,
            driver.sent(),
            driver.acknowledged(),
            driver.inFlight(),
            ackNow.count() == 0 ? "-" : LatencySummary.millis(ackNow.p99Micros()),
            e2eNow.count() == 0 ? "-" : LatencySummary.millis(e2eNow.p99Micros()),
            sink.requests(),
            heap.known() ? HeapReading.mb(heap.peakUsed()) + " MB" : "-");
    if (liveLine) {
      out.print("\r" + line + "   ");
    } else if (elapsed % 5 == 0) {
      out.println(line);
    }
    out.flush();
  }

  private static String randomHex() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static void delete(Path dir) {
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      System.err.println("Could not delete " + dir + ": " + e.getMessage());
    }
  }
}
