package mx.aprende.bot.inbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LearnerLanesTest {

  /** One learner's tasks run one at a time, in the order they were submitted. */
  @Test
  void sameLearnerRunsInOrderAndNeverConcurrently() throws Exception {
    try (LearnerLanes lanes = new LearnerLanes(Executors.newVirtualThreadPerTaskExecutor())) {
      List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger running = new AtomicInteger();
      AtomicInteger maxRunning = new AtomicInteger();
      List<CompletableFuture<Void>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        futures.add(
            lanes.submit(
                "ana",
                () -> {
                  maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                  seen.add(n);
                  running.decrementAndGet();
                }));
      }
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

      assertThat(seen, is(IntStream.range(0, 200).boxed().toList()));
      assertThat(maxRunning.get(), is(1));
    }
  }

  /** No more learners run at once than the bound; the others wait and then all run. */
  @Test
  void atMostTheBoundRunsAtOnce() throws Exception {
    try (LearnerLanes lanes = new LearnerLanes(Executors.newVirtualThreadPerTaskExecutor(), 3)) {
      AtomicInteger running = new AtomicInteger();
      AtomicInteger maxRunning = new AtomicInteger();
      CountDownLatch release = new CountDownLatch(1);
      List<CompletableFuture<Void>> futures = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        futures.add(
            lanes.submit(
                "learner-" + i,
                () -> {
                  maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                  awaitQuietly(release);
                  running.decrementAndGet();
                }));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (running.get() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(running.get(), is(3));
      release.countDown();
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
      assertThat(maxRunning.get(), is(3));
    }
  }

  /** A blocked learner does not hold up another learner. */
  @Test
  void learnersDoNotWaitForEachOther() throws Exception {
    try (LearnerLanes lanes = new LearnerLanes(Executors.newVirtualThreadPerTaskExecutor())) {
      CountDownLatch release = new CountDownLatch(1);
      lanes.submit("slow", () -> awaitQuietly(release));
      CompletableFuture<Void> other = lanes.submit("fast", () -> {});

      other.get(5, TimeUnit.SECONDS);
      assertThat(other.isDone(), is(true));
      release.countDown();
    }
  }

  /** A failing task does not stop the learner's later tasks. */
  @Test
  void failureDoesNotBlockTheLane() throws Exception {
    try (LearnerLanes lanes = new LearnerLanes(Executors.newVirtualThreadPerTaskExecutor())) {
      lanes.submit(
          "ana",
          () -> {
            throw new IllegalStateException("boom");
          });
      AtomicInteger ran = new AtomicInteger();
      lanes.submit("ana", ran::incrementAndGet).get(5, TimeUnit.SECONDS);
      assertThat(ran.get(), is(1));
    }
  }

  /** Idle lanes are forgotten, so memory holds only learners with work in flight. */
  @Test
  void idleLanesAreForgotten() throws Exception {
    try (LearnerLanes lanes = new LearnerLanes(Executors.newVirtualThreadPerTaskExecutor())) {
      for (int i = 0; i < 100; i++) {
        lanes.submit("learner-" + i, () -> {}).get(5, TimeUnit.SECONDS);
      }
      // whenComplete runs right after each task; give the last removal a moment.
      for (int i = 0; i < 100 && lanes.busyLanes() > 0; i++) {
        Thread.onSpinWait();
      }
      assertThat(lanes.busyLanes(), is(0));
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
