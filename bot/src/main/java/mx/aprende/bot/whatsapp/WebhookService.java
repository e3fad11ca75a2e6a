package mx.aprende.bot.whatsapp;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.inbox.GroupCommit;
import mx.aprende.bot.inbox.InboundRecord;
import mx.aprende.bot.inbox.Inbox;
import mx.aprende.bot.inbox.InboxUnavailableException;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.outbox.Delivery;
import mx.aprende.bot.outbox.OutboundLog;
import mx.aprende.bot.outbox.Outbox;
import mx.aprende.bot.privacy.crypto.LearnerKeys;
import mx.aprende.bot.whatsapp.wire.Ignored;
import mx.aprende.bot.whatsapp.wire.InboundMessage;
import mx.aprende.bot.whatsapp.wire.MalformedWebhookException;
import mx.aprende.bot.whatsapp.wire.PlatformError;
import mx.aprende.bot.whatsapp.wire.StatusUpdate;
import mx.aprende.bot.whatsapp.wire.WebhookBatch;
import mx.aprende.bot.whatsapp.wire.WebhookParser;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;

/**
 * {@code /webhook}: Meta's verification handshake (GET) and event delivery (POST).
 *
 * <p>A POST is answered 200 only after every message in it is durably stored (a retried delivery is
 * recognised by its message id and not processed twice); processing happens afterwards, off the
 * request. Bad requests get the precise 4xx; a storage outage gets 503 so Meta retries later.
 * Messages are stored under the learner key ({@link LearnerKeys}), never the sender's WhatsApp id.
 */
public final class WebhookService implements HttpService {

  private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());
  private static final String CHANNEL = "whatsapp";
  private static final int WINDOW_CLOSED = 131047;

  private final byte[] verifyToken;
  private final WebhookSignature signature;
  private final WebhookParser parser;
  private final LearnerKeys learnerKeys;
  private final OutboundLog outboundLog;
  private final Outbox outbox;
  private final GroupCommit inboxWrites;
  private final Dispatch dispatch;
  private final BotMetrics metrics;
  private final InstantSource clock;
  private final long maxBodyBytes;

  WebhookService(
      String verifyToken,
      WebhookSignature signature,
      WebhookParser parser,
      Inbox inbox,
      LearnerKeys learnerKeys,
      OutboundLog outboundLog,
      Outbox outbox,
      Runnable makeDurable,
      Dispatch dispatch,
      BotMetrics metrics,
      InstantSource clock,
      long maxBodyBytes) {
    this.verifyToken = verifyToken.getBytes(StandardCharsets.UTF_8);
    this.signature = signature;
    this.parser = parser;
    this.learnerKeys = learnerKeys;
    this.outboundLog = outboundLog;
    this.outbox = outbox;
    this.inboxWrites = new GroupCommit(inbox, makeDurable);
    this.dispatch = dispatch;
    this.metrics = metrics;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Where accepted messages go for processing (after the 200 is sent). */
  @FunctionalInterface
  interface Dispatch {
    void accepted(String learnerKey, String messageId);
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::verify).post("/", this::receive);
  }

  private void verify(ServerRequest req, ServerResponse res) {
    String mode = req.query().first("hub.mode").orElse("");
    byte[] token =
        req.query().first("hub.verify_token").orElse("").getBytes(StandardCharsets.UTF_8);
    String challenge = req.query().first("hub.challenge").orElse("");
    if ("subscribe".equals(mode)
        && MessageDigest.isEqual(verifyToken, token)
        && !challenge.isEmpty()) {
      res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8").send(challenge);
    } else {
      res.status(Status.FORBIDDEN_403).send("Verification failed");
    }
  }

  private void receive(ServerRequest req, ServerResponse res) {
    long started = System.nanoTime();
    Outcome outcome = handle(req);
    metrics.webhook(outcome.result());
    res.status(outcome.status())
        .header(HeaderNames.CONTENT_TYPE, "application/json")
        .send(outcome.body());
    metrics.webhookLatency(Duration.ofNanos(System.nanoTime() - started));
    outcome.accepted().forEach(m -> dispatch.accepted(m.learnerKey(), m.messageId()));
  }

  private Outcome handle(ServerRequest req) {
    byte[] body;
    try {
      body = readBody(req);
    } catch (BodyTooLargeException e) {
      return tooLarge();
    }
    return handle(body, req.headers().first(HeaderNames.create("X-Hub-Signature-256")));
  }

  /**
   * Everything after reading the body: size, signature, parsing, storage. Package-private so the
   * hostile-payload corpus can run through it without an HTTP round trip per payload.
   */
  Outcome handle(byte[] body, java.util.Optional<String> signatureHeader) {
    if (body.length > maxBodyBytes) {
      return tooLarge();
    }
    if (!signature.matches(body, signatureHeader)) {
      return Outcome.error(
          Status.UNAUTHORIZED_401, "bad_signature", "Missing or invalid X-Hub-Signature-256");
    }
    WebhookBatch batch;
    try {
      batch = parser.parse(body);
    } catch (MalformedWebhookException e) {
      return Outcome.error(
          Status.BAD_REQUEST_400, "malformed", "Body is not a JSON webhook object");
    }
    try {
      List<InboundRecord> accepted = store(batch);
      return new Outcome(Status.OK_200, "accepted", "{\"status\":\"ok\"}", accepted);
    } catch (InboxUnavailableException | com.mongodb.MongoException e) {
      LOG.log(Level.WARNING, "Storage unavailable, asking Meta to retry the webhook", e);
      return Outcome.error(
          Status.SERVICE_UNAVAILABLE_503, "unavailable", "Storage unavailable, retry later");
    }
  }

  /**
   * Applies the receipts, then stores the messages with the concurrent webhooks' ones and returns
   * once all of it is durable (the group commit also covers the receipts written before it).
   */
  private List<InboundRecord> store(WebhookBatch batch) {
    List<InboundRecord> records = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (InboundMessage message : batch.messages()) {
      String type = message.content().type();
      if (message.sender().key().isEmpty()) {
        metrics.inbound(type, "no_sender");
        continue;
      }
      records.add(record(message));
      types.add(type);
    }
    for (StatusUpdate status : batch.statuses()) {
      Delivery delivery = Delivery.valueOf(status.status().name());
      List<Integer> codes = status.errors().stream().map(PlatformError::code).toList();
      outboundLog.applyReceipt(status.messageId(), delivery, status.timestamp(), codes);
      if (delivery == Delivery.FAILED && codes.contains(WINDOW_CLOSED)) {
        // Accepted at send time, refused later: the learner now needs a template.
        outbox.windowClosedAfterSend(status.messageId(), clock.instant());
      }
      metrics.receipt(status.status().name().toLowerCase(java.util.Locale.ROOT));
    }
    for (PlatformError error : batch.errors()) {
      LOG.warning("WhatsApp reported error " + error.code() + ": " + error.title());
    }
    for (Ignored ignored : batch.ignored()) {
      metrics.ignored(ignored.reason());
    }
    List<Inbox.Acceptance> results = inboxWrites.accept(records);
    List<InboundRecord> accepted = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      switch (results.get(i)) {
        case ACCEPTED -> {
          metrics.inbound(types.get(i), "accepted");
          accepted.add(records.get(i));
        }
        case DUPLICATE -> metrics.inbound(types.get(i), "duplicate");
      }
    }
    return accepted;
  }

  private InboundRecord record(InboundMessage message) {
    return new InboundRecord(
        message.id(),
        CHANNEL,
        learnerKeys.of(CHANNEL, message.sender().key()),
        message.timestamp(),
        clock.instant(),
        message.phoneNumberId(),
        message.rawJson(),
        message.sender().userId(),
        message.sender().phone(),
        message.sender().profileName());
  }

  /** Reads at most {@code maxBodyBytes}; more means 413, without buffering the excess. */
  private byte[] readBody(ServerRequest req) throws BodyTooLargeException {
    if (req.headers().contentLength().orElse(0) > maxBodyBytes) {
      throw new BodyTooLargeException();
    }
    try (InputStream in = req.content().inputStream()) {
      byte[] body = in.readNBytes((int) maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        throw new BodyTooLargeException();
      }
      return body;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Outcome tooLarge() {
    return Outcome.error(
        Status.REQUEST_ENTITY_TOO_LARGE_413, "too_large", "Body over " + maxBodyBytes + " bytes");
  }

  /** How a POST was answered, and the messages it stored for processing. */
  record Outcome(Status status, String result, String body, List<InboundRecord> accepted) {
    static Outcome error(Status status, String result, String message) {
      return new Outcome(status, result, "{\"error\":\"" + message + "\"}", List.of());
    }
  }

  private static final class BodyTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;
  }
}
