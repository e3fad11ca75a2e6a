package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private static final String ANA = "5215500000000";
  private static final String LUIS = "5215500000001";

  private final LatencyTrack e2e = new LatencyTrack();
  private final Ledger ledger = new Ledger(List.of(ANA, LUIS), e2e);

  /**
   * A turn answered before an earlier one the bot had already acknowledged is an order violation,
   * counted once however many later turns pass it.
   */
  @Test
  void laterTurnAnsweredFirstIsAnOrderViolation() {
    ledger.acknowledged(ledger.open(0, "m1", 0, true), 200, 10);
    ledger.acknowledged(ledger.open(0, "m2", 100, true), 200, 110);
    ledger.acknowledged(ledger.open(0, "m3", 200, true), 200, 210);

    ledger.readMark("m2");
    ledger.readMark("m3");
    ledger.readMark("m1");

    assertThat(ledger.orderViolations(), is(1L));
  }

  /** A turn that reached the bot only after a later one (retried through an outage) is not. */
  @Test
  void turnAcknowledgedLateIsNoOrderViolation() {
    Ledger.Turn first = ledger.open(0, "m1", 0, true);
    ledger.acknowledged(ledger.open(0, "m2", 100, true), 200, 110);
    ledger.readMark("m2");
    ledger.acknowledged(first, 200, 500);
    ledger.readMark("m1");

    assertThat(ledger.orderViolations(), is(0L));
  }

  /** The first 200 at or after a moment is found among every learner's turns. */
  @Test
  void firstAcknowledgementAfterAMoment() {
    ledger.acknowledged(ledger.open(0, "m1", 0, true), 200, 10);
    ledger.acknowledged(ledger.open(1, "m2", 0, true), 200, 70);
    ledger.acknowledged(ledger.open(0, "m3", 0, true), 200, 50);

    assertThat(ledger.firstAcknowledgedAfter(20).orElseThrow(), is(50L));
    assertThat(ledger.firstAcknowledgedAfter(80).isPresent(), is(false));
  }

  /** An acknowledged turn without any reply is lost; one with a reply is answered. */
  @Test
  void acknowledgedTurnWithoutReplyIsLost() {
    ledger.acknowledged(ledger.open(0, "m1", 0, true), 200);
    ledger.acknowledged(ledger.open(1, "m2", 0, true), 200);
    ledger.reply(LUIS, body("hola"), List.of(), 1_000_000);

    Tally tally = ledger.tally();

    assertThat(tally.sent(), is(2L));
    assertThat(tally.answered(), is(1L));
    assertThat(tally.lost(), is(1L));
  }

  /** A turn the webhook refused is an error, not a lost reply. */
  @Test
  void refusedTurnIsAnErrorNotLost() {
    ledger.acknowledged(ledger.open(0, "m1", 0, true), 503);
    ledger.acknowledged(ledger.open(1, "m2", 0, true), 0);

    Tally tally = ledger.tally();

    assertThat(tally.errors(), is(2L));
    assertThat(tally.acknowledged(), is(0L));
    assertThat(tally.lost(), is(0L));
  }

  /** The same message twice within a turn is a duplicate; two different messages are not. */
  @Test
  void repeatedMessageWithinATurnIsADuplicate() {
    ledger.acknowledged(ledger.open(0, "m1", 0, true), 200);
    ledger.readMark("m1");
    ledger.reply(ANA, body("bienvenida"), List.of(), 1);
    ledger.reply(ANA, body("menu"), List.of(), 2);
    ledger.reply(ANA, body("menu"), List.of(), 3);

    Tally tally = ledger.tally();

    assertThat(tally.replies(), is(3L));
    assertThat(tally.duplicateReplies(), is(1L));
  }

  /** The same message in two different turns is normal (the menu shown twice). */
  @Test
  void sameMessageInTwoTurnsIsNoDuplicate() {
    ledger.acknowledged(ledger.open(0, "m1", 0, true), 200);
    ledger.acknowledged(ledger.open(0, "m2", 10, true), 200);
    ledger.readMark("m1");
    ledger.reply(ANA, body("menu"), List.of(), 1);
    ledger.readMark("m2");
    ledger.reply(ANA, body("menu"), List.of(), 11);

    Tally tally = ledger.tally();

    assertThat(tally.duplicateReplies(), is(0L));
    assertThat(tally.answered(), is(2L));
  }

  /** A turn marked read twice was processed twice. */
  @Test
  void turnMarkedReadTwiceWasReprocessed() {
    ledger.acknowledged(ledger.open(0, "m1", 0, true), 200);
    ledger.readMark("m1");
    ledger.reply(ANA, body("a"), List.of(), 1);
    ledger.readMark("m1");

    assertThat(ledger.tally().reprocessed(), is(1L));
  }

  /** Without read marks a reply answers the learner's oldest unanswered turn. */
  @Test
  void withoutReadMarksRepliesGoToTheOldestUnansweredTurn() {
    ledger.acknowledged(ledger.open(0, "m1", 0, true), 200);
    ledger.acknowledged(ledger.open(0, "m2", 0, true), 200);
    ledger.reply(ANA, body("a"), List.of(), 1);
    ledger.reply(ANA, body("b"), List.of(), 2);

    assertThat(ledger.tally().lost(), is(0L));
    assertThat(ledger.turn("m2").orElseThrow().replies, is(1));
  }

  /** Warm-up turns are not counted, and their replies give no latency sample. */
  @Test
  void warmUpTurnsAreNotCounted() {
    ledger.acknowledged(ledger.open(0, "w1", 0, false), 200);
    ledger.reply(ANA, body("a"), List.of(), 5_000_000);

    assertThat(ledger.tally().sent(), is(0L));
    assertThat(e2e.total().count(), is(0L));
  }

  /** End-to-end latency is taken at the first reply of a turn only, from when it was due. */
  @Test
  void endToEndIsTheFirstReply() {
    ledger.acknowledged(ledger.open(0, "m1", 1_000_000, true), 200);
    ledger.reply(ANA, body("a"), List.of(), 2_500_000);
    ledger.reply(ANA, body("b"), List.of(), 3_000_000);

    LatencySummary summary = e2e.total();

    assertThat(summary.count(), is(1L));
    assertThat(summary.maxMicros(), is(1_500L));
  }

  /** Messages to unknown numbers or read marks of unknown ids are counted as unattributed. */
  @Test
  void unknownRecipientsAreStray() {
    ledger.reply("5210000000000", body("a"), List.of(), 1);
    ledger.readMark("nobody");

    assertThat(ledger.tally().stray(), is(2L));
  }

  /** The options of the last interactive message are kept for the learner's next tap. */
  @Test
  void offeredOptionsAreKept() {
    ledger.acknowledged(ledger.open(0, "m1", 0, true), 200);
    List<Option> menu = List.of(new Option("menu:lesson", "Seguir", true));
    ledger.reply(ANA, body("menu"), menu, 1);
    ledger.reply(ANA, body("text"), List.of(), 2);

    assertThat(ledger.offered(0), is(menu));
    assertThat(ledger.offered(1), is(List.of()));
  }

  private static byte[] body(String text) {
    return ("{\"to\":\"x\",\"text\":{\"body\":\"" + text + "\"}}").getBytes(StandardCharsets.UTF_8);
  }
}
