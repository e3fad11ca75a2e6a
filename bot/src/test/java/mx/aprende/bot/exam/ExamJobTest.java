package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.inbox.mongo.MongoLeases;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/** Two bot instances' exam jobs on one database: only the lease holder runs each tick. */
class ExamJobTest {

  private static final String ANA = "5215500000002";
  private static final String SESSION = "mex-02-2026-12-05-1100";
  private final ExamFixture f = new ExamFixture();
  private final MongoDatabase shared = MongoTestSupport.freshDatabase();
  private final AtomicInteger runsA = new AtomicInteger();
  private final AtomicInteger runsB = new AtomicInteger();
  private final ExamJob a = job("instance-a", runsA);
  private final ExamJob b = job("instance-b", runsB);

  /** Ticking both instances, even at the same moment, runs the work on one of them only. */
  @Test
  void onlyTheHolderRuns() throws Exception {
    String code = passedExam();
    f.sent.clear();
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      for (int tick = 0; tick < 3; tick++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> both =
            List.of(pool.submit(() -> await(start, a)), pool.submit(() -> await(start, b)));
        start.countDown();
        for (Future<?> run : both) {
          run.get();
        }
      }
    }
    assertThat(runsA.get() + runsB.get(), is(3));
    assertThat(runsA.get() == 0 || runsB.get() == 0, is(true));
    // The learner is told once.
    assertThat(
        f.sent.stream()
            .filter(s -> s.name().equals(ExamNotifier.RESULT_TEMPLATE))
            .filter(s -> s.parameters().contains("exam:result:" + code))
            .count(),
        is(1L));
  }

  /** When the holder stops ticking, the other instance takes over once the lease expires. */
  @Test
  void anotherInstanceTakesOverAfterTheTtl() {
    a.run();
    b.run();
    assertThat(runsA.get(), is(1));
    assertThat(runsB.get(), is(0));
    f.now.set(f.now.get().plus(ExamJob.TTL).minus(Duration.ofSeconds(1)));
    b.run();
    assertThat(runsB.get(), is(0));
    f.now.set(f.now.get().plus(Duration.ofSeconds(2)));
    b.run();
    assertThat(runsB.get(), is(1));
    // The old holder, back, does not run alongside the new one.
    a.run();
    assertThat(runsA.get(), is(1));
  }

  /** An instance that stops cleanly hands the job over at once, without waiting for the TTL. */
  @Test
  void aCleanStopHandsTheJobOver() {
    a.run();
    a.close();
    b.run();
    assertThat(runsA.get(), is(1));
    assertThat(runsB.get(), is(1));
  }

  private ExamJob job(String owner, AtomicInteger runs) {
    return new ExamJob(
        () -> {
          runs.incrementAndGet();
          f.notifier.run();
        },
        new MongoLeases(shared, owner, f.clock),
        ExamJob.TTL);
  }

  private static void await(CountDownLatch start, Runnable job) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    job.run();
  }

  private String passedExam() {
    f.ready(ANA, "fracciones");
    f.desk.answer(ANA, new Inbound.Choice("exam:book:" + SESSION + ":fracciones", "x"));
    String code = f.store.bookingsOf(ANA).getFirst().code();
    f.bookings.checkIn(code, "Ana López");
    f.bookings.recordResult(code, 90, true);
    return code;
  }
}
