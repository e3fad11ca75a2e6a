package mx.aprende.bot.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.outbox.mongo.MongoOutboundLog;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoOutboundLogTest {

  private static final Instant T0 = Instant.parse("2026-11-28T15:00:00Z");
  private OutboundLog log;

  @BeforeEach
  void freshLog() {
    log = new MongoOutboundLog(MongoTestSupport.freshDatabase());
  }

  /** Receipts move a message forward: sent → delivered → read. */
  @Test
  void receiptsMoveForward() {
    log.recordSent(new SentMessage("wamid.1", "ana", "text", T0));
    assertThat(log.delivery("wamid.1"), is(Optional.of(Delivery.ACCEPTED)));
    assertThat(
        log.applyReceipt("wamid.1", Delivery.SENT, T0, List.of()), is(OutboundLog.Change.APPLIED));
    assertThat(
        log.applyReceipt("wamid.1", Delivery.DELIVERED, T0, List.of()),
        is(OutboundLog.Change.APPLIED));
    assertThat(
        log.applyReceipt("wamid.1", Delivery.READ, T0, List.of()), is(OutboundLog.Change.APPLIED));
    assertThat(log.delivery("wamid.1"), is(Optional.of(Delivery.READ)));
  }

  /** A late or repeated receipt never moves a message backwards. */
  @Test
  void staleReceiptsAreIgnored() {
    log.recordSent(new SentMessage("wamid.1", "ana", "text", T0));
    log.applyReceipt("wamid.1", Delivery.READ, T0, List.of());
    assertThat(
        log.applyReceipt("wamid.1", Delivery.DELIVERED, T0, List.of()),
        is(OutboundLog.Change.STALE));
    assertThat(
        log.applyReceipt("wamid.1", Delivery.READ, T0, List.of()), is(OutboundLog.Change.STALE));
    assertThat(log.delivery("wamid.1"), is(Optional.of(Delivery.READ)));
  }

  /** Failed is terminal: a "delivered" from another device afterwards does not undo it. */
  @Test
  void failedIsTerminal() {
    log.recordSent(new SentMessage("wamid.1", "ana", "text", T0));
    log.applyReceipt("wamid.1", Delivery.FAILED, T0, List.of(131047));
    assertThat(
        log.applyReceipt("wamid.1", Delivery.DELIVERED, T0, List.of()),
        is(OutboundLog.Change.STALE));
    assertThat(log.delivery("wamid.1"), is(Optional.of(Delivery.FAILED)));
  }

  /** A receipt that beats the send record is kept, and recording the send does not undo it. */
  @Test
  void receiptBeforeSendRecord() {
    assertThat(
        log.applyReceipt("wamid.2", Delivery.DELIVERED, T0, List.of()),
        is(OutboundLog.Change.APPLIED));
    log.recordSent(new SentMessage("wamid.2", "ana", "text", T0));
    assertThat(log.delivery("wamid.2"), is(Optional.of(Delivery.DELIVERED)));
  }
}
