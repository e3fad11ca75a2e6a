package mx.aprende.bot.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sender's decisions, driven by a fake clock: no threads, no sleeps. */
class OutboxScheduleTest {

  private static final Instant T0 = Instant.parse("2026-11-28T15:00:00Z");
  private static final Backoff BACKOFF =
      new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 6);

  private static OutboxItem item(String learner, int n) {
    return new OutboxItem(learner + ":m#" + n, learner, "52155" + learner, n, "text", "{}");
  }

  private static OutboxSchedule schedule(int rate) {
    return new OutboxSchedule(rate, BACKOFF, new SplittableRandom(8));
  }

  /** Sends everything immediately (a perfect channel), advancing the clock only when told to. */
  private static List<Map.Entry<Instant, OutboxItem>> drain(OutboxSchedule schedule, Instant from) {
    List<Map.Entry<Instant, OutboxItem>> sent = new ArrayList<>();
    Instant now = from;
    while (true) {
      switch (schedule.take(now)) {
        case OutboxSchedule.Poll.Take take -> {
          sent.add(Map.entry(now, take.entry().item()));
          schedule.complete(take.entry(), new SendOutcome.Sent("wamid." + sent.size()), now);
        }
        case OutboxSchedule.Poll.Wait wait -> {
          if (wait.until().isEmpty()) {
            return sent;
          }
          now = wait.until().get();
        }
      }
    }
  }

  /** 2,000 messages for 50 learners at 80/s: no one-second window holds more than 80 sends. */
  @Test
  void pacesTheWholeNumberAtTheRate() {
    OutboxSchedule schedule = schedule(80);
    for (int n = 0; n < 40; n++) {
      for (int l = 0; l < 50; l++) {
        schedule.add(item("L" + l, n), 0, T0);
      }
    }
    List<Map.Entry<Instant, OutboxItem>> sent = drain(schedule, T0);
    assertThat(sent.size(), is(2_000));
    int maxInWindow = 0;
    int start = 0;
    for (int end = 0; end < sent.size(); end++) {
      while (!sent.get(start).getKey().plusSeconds(1).isAfter(sent.get(end).getKey())) {
        start++;
      }
      maxInWindow = Math.max(maxInWindow, end - start + 1);
    }
    assertThat(maxInWindow, lessThanOrEqualTo(80));
    Duration took = Duration.between(T0, sent.getLast().getKey());
    assertThat(took, greaterThanOrEqualTo(Duration.ofMillis(2_000 * 1000 / 80 - 20)));
  }

  /** Each learner's messages go out in sequence order, even when added out of order. */
  @Test
  void keepsEachLearnersOrder() {
    OutboxSchedule schedule = schedule(1_000);
    for (int n : new int[] {3, 1, 4, 0, 2}) {
      schedule.add(item("A", n), 0, T0);
      schedule.add(item("B", 4 - n), 0, T0);
    }
    Map<String, List<Long>> order = new HashMap<>();
    for (var sent : drain(schedule, T0)) {
      order
          .computeIfAbsent(sent.getValue().learnerKey(), k -> new ArrayList<>())
          .add(sent.getValue().sequence());
    }
    assertThat(order.get("A"), contains(0L, 1L, 2L, 3L, 4L));
    assertThat(order.get("B"), contains(0L, 1L, 2L, 3L, 4L));
  }

  /** A retryable failure backs off that learner only; the other learner's message goes first. */
  @Test
  void retryBacksOffOneLearnerOnly() {
    OutboxSchedule schedule = schedule(1_000);
    schedule.add(item("A", 0), 0, T0);
    schedule.add(item("B", 0), 0, T0);
    var first = (OutboxSchedule.Poll.Take) schedule.take(T0);
    var decision =
        schedule.complete(first.entry(), new SendOutcome.Retry("graph_500", false, 6), T0);
    var retrying = (OutboxSchedule.Decision.Retrying) decision;
    assertThat(retrying.attempts(), is(1));
    assertThat(retrying.notBefore(), greaterThanOrEqualTo(T0.plusMillis(250)));
    assertThat(retrying.notBefore(), lessThanOrEqualTo(T0.plusMillis(500)));
    Instant later = T0.plusMillis(5);
    var second = (OutboxSchedule.Poll.Take) schedule.take(later);
    assertThat(second.entry().item().learnerKey(), is("B"));
    schedule.complete(second.entry(), new SendOutcome.Sent("w"), later);
    assertThat(schedule.take(later), instanceOf(OutboxSchedule.Poll.Wait.class));
    var again = (OutboxSchedule.Poll.Take) schedule.take(retrying.notBefore());
    assertThat(again.entry().item().learnerKey(), is("A"));
    assertThat(again.entry().attempts(), is(1));
  }

  /** Throughput errors (130429) slow everybody down, not only the learner who got them. */
  @Test
  void throttlingSlowsEveryone() {
    OutboxSchedule schedule = schedule(1_000);
    schedule.add(item("A", 0), 0, T0);
    schedule.add(item("B", 0), 0, T0);
    var first = (OutboxSchedule.Poll.Take) schedule.take(T0);
    var retrying =
        (OutboxSchedule.Decision.Retrying)
            schedule.complete(first.entry(), new SendOutcome.Retry("graph_130429", true, 6), T0);
    var wait = (OutboxSchedule.Poll.Wait) schedule.take(T0.plusMillis(5));
    assertThat(wait.until(), is(Optional.of(retrying.notBefore())));
  }

  /** After the allowed attempts the message is parked with the reason, and the next one goes. */
  @Test
  void givesUpAndParksAfterMaxAttempts() {
    OutboxSchedule schedule = schedule(1_000);
    schedule.add(item("A", 0), 0, T0);
    schedule.add(item("A", 1), 0, T0);
    Instant now = T0;
    OutboxSchedule.Decision decision = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      var take = (OutboxSchedule.Poll.Take) schedule.take(now);
      assertThat(take.entry().item().sequence(), is(0L));
      decision =
          schedule.complete(take.entry(), new SendOutcome.Retry("graph_131000", false, 3), now);
      if (decision instanceof OutboxSchedule.Decision.Retrying r) {
        now = r.notBefore();
      }
    }
    var parked = (OutboxSchedule.Decision.Finished) decision;
    assertThat(parked.state(), is(OutboxState.PARKED));
    assertThat(parked.reason(), is("gave up after 3 attempts: graph_131000"));
    var next = (OutboxSchedule.Poll.Take) schedule.take(now.plusSeconds(1));
    assertThat(next.entry().item().sequence(), is(1L));
  }

  /** A permanent error parks that message at once; the learner's next message still goes. */
  @Test
  void permanentFailureParksAtOnce() {
    OutboxSchedule schedule = schedule(1_000);
    schedule.add(item("A", 0), 0, T0);
    schedule.add(item("A", 1), 0, T0);
    var take = (OutboxSchedule.Poll.Take) schedule.take(T0);
    var finished =
        (OutboxSchedule.Decision.Finished)
            schedule.complete(take.entry(), new SendOutcome.Permanent("graph_131026"), T0);
    assertThat(finished.state(), is(OutboxState.PARKED));
    assertThat(finished.reason(), is("graph_131026"));
    var next = (OutboxSchedule.Poll.Take) schedule.take(T0.plusSeconds(1));
    assertThat(next.entry().item().sequence(), is(1L));
  }

  /** A closed window closes it for the learner's later messages too; others are unaffected. */
  @Test
  void windowClosedTakesTheLearnersWholeQueue() {
    OutboxSchedule schedule = schedule(1_000);
    schedule.add(item("A", 0), 0, T0);
    schedule.add(item("A", 1), 0, T0);
    schedule.add(item("A", 2), 0, T0);
    var take = (OutboxSchedule.Poll.Take) schedule.take(T0);
    var finished =
        (OutboxSchedule.Decision.Finished)
            schedule.complete(take.entry(), new SendOutcome.WindowClosed("graph_131047"), T0);
    assertThat(finished.state(), is(OutboxState.WINDOW_CLOSED));
    assertThat(finished.items().stream().map(OutboxItem::sequence).toList(), contains(0L, 1L, 2L));
    assertThat(schedule.size(), is(0));
  }

  /** A token or account error halts every learner; nothing is lost meanwhile. */
  @Test
  void haltStopsEveryoneUntilResumed() {
    OutboxSchedule schedule = schedule(1_000);
    schedule.add(item("A", 0), 0, T0);
    schedule.add(item("B", 0), 0, T0);
    var take = (OutboxSchedule.Poll.Take) schedule.take(T0);
    var halted =
        (OutboxSchedule.Decision.Halted)
            schedule.complete(take.entry(), new SendOutcome.Halt("graph_190_auth"), T0);
    assertThat(halted.reason(), is("graph_190_auth"));
    assertThat(
        schedule.take(T0.plusSeconds(60)), is(new OutboxSchedule.Poll.Wait(Optional.empty())));
    assertThat(schedule.halted(), is(Optional.of("graph_190_auth")));
    assertThat(schedule.size(), is(2));
  }

  /** An item offered twice (offer and start-up resume) is scheduled once. */
  @Test
  void sameItemIsScheduledOnce() {
    OutboxSchedule schedule = schedule(1_000);
    assertThat(schedule.add(item("A", 0), 0, T0), is(true));
    assertThat(schedule.add(item("A", 0), 0, T0), is(false));
    assertThat(drain(schedule, T0).size(), is(1));
  }

  /** A late item with a smaller sequence never jumps ahead of the message being sent. */
  @Test
  void lateItemDoesNotOvertakeTheMessageInFlight() {
    OutboxSchedule schedule = schedule(1_000);
    schedule.add(item("A", 5), 0, T0);
    schedule.add(item("A", 6), 0, T0);
    var take = (OutboxSchedule.Poll.Take) schedule.take(T0);
    schedule.add(item("A", 1), 0, T0);
    schedule.complete(take.entry(), new SendOutcome.Sent("w"), T0);
    List<Long> rest =
        drain(schedule, T0.plusSeconds(1)).stream().map(e -> e.getValue().sequence()).toList();
    assertThat(rest, contains(1L, 6L));
  }
}
