package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import com.mongodb.client.MongoDatabase;
import io.helidon.http.Status;
import io.helidon.metrics.api.Metrics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import mx.aprende.bot.inbox.InboundRecord;
import mx.aprende.bot.inbox.Inbox;
import mx.aprende.bot.inbox.mongo.MongoInbox;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.outbox.mongo.MongoOutboundLog;
import mx.aprende.bot.outbox.mongo.MongoOutbox;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookParser;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A seeded corpus of 10,000+ hostile webhook bodies run through the webhook's request handling
 * in-process ({@link WebhookService#handle(byte[], Optional)}: everything after the socket read —
 * size limit, signature, parsing, storage), to keep the run to seconds. The HTTP layer itself (413
 * on a declared length, 401, 400) is covered by {@code WebhookEndpointTest}.
 */
class HostilePayloadsTest {

  private static final String SECRET = "fuzz-secret";
  private static final int MAX_BYTES = 3 * 1024 * 1024;
  private static final int CORPUS = 10_500;
  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");

  private record Case(String kind, byte[] body, boolean signed) {}

  /**
   * Every hostile body gets a 4xx or a 200 (stored or ignored), never a 5xx or an exception; every
   * message stored reads back intact, and a normal message still works afterwards.
   */
  @Test
  void hostileBodiesNeverCauseServerErrors() {
    MongoDatabase database = MongoTestSupport.freshDatabase();
    Inbox inbox = new MongoInbox(database, TestBots.cipher());
    WebhookService service =
        new WebhookService(
            "verify",
            WebhookSignature.create(SECRET),
            new WebhookParser(),
            inbox,
            TestBots.learnerKeys(),
            new MongoOutboundLog(database),
            new MongoOutbox(database, TestBots.cipher()),
            () -> {},
            (learner, messageId) -> {},
            new BotMetrics(Metrics.globalRegistry()),
            // MongoDB keeps milliseconds: a clock at that precision makes records compare equal.
            () -> Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
            MAX_BYTES);
    WebhookSignature signer = WebhookSignature.create(SECRET);
    SplittableRandom random = new SplittableRandom(20261128L);
    Map<String, Integer> statuses = new TreeMap<>();
    int stored = 0;
    int tooLarge = 0;
    for (int i = 0; i < CORPUS; i++) {
      Case c = hostile(i, random);
      Optional<String> signature =
          c.signed()
              ? Optional.of(signer.sign(c.body()))
              : Optional.of(random.nextBoolean() ? "sha256=00" : "md5=abc");
      WebhookService.Outcome outcome = service.handle(c.body(), signature);
      int code = outcome.status().code();
      statuses.merge(c.kind() + " " + code, 1, Integer::sum);
      assertThat(c.kind() + " #" + i, code, lessThan(500));
      if (!c.signed()) {
        assertThat(c.kind(), outcome.status(), is(Status.UNAUTHORIZED_401));
      } else if (c.body().length > MAX_BYTES) {
        tooLarge++;
        assertThat(c.kind(), outcome.status(), is(Status.REQUEST_ENTITY_TOO_LARGE_413));
      } else {
        assertThat(c.kind(), code, anyOf(is(200), is(400)));
      }
      for (InboundRecord record : outcome.accepted()) {
        // Read a sample back (every read is a round trip; the corpus must stay fast).
        if (stored++ % 8 == 0) {
          assertThat(inbox.find(record.messageId()), is(Optional.of(record)));
        }
      }
    }
    assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum(), is(CORPUS));
    System.out.println("Hostile corpus (kind status: count): " + statuses + ", stored " + stored);
    assertThat(stored, greaterThanOrEqualTo(100));
    assertThat(tooLarge, greaterThanOrEqualTo(5));
    byte[] normal = PAYLOADS.text("5215500009999", "Ana", "wamid.after", Instant.now(), "hola");
    WebhookService.Outcome after = service.handle(normal, Optional.of(signer.sign(normal)));
    assertThat(after.status(), is(Status.OK_200));
    assertThat(after.accepted().size(), is(1));
  }

  private static Case hostile(int i, SplittableRandom random) {
    String id = "wamid.fuzz." + i;
    String phone = "52155" + (10_000_000 + random.nextInt(89_999_999));
    byte[] valid =
        PAYLOADS.text(phone, "Ana", id, Instant.ofEpochSecond(1_767_000_000L + i), "hola");
    String json = new String(valid, StandardCharsets.UTF_8);
    return switch (i % 16) {
      case 0 -> new Case("truncated", truncate(valid, random), true);
      case 1 -> new Case("garbage", randomBytes(random, 1 + random.nextInt(2_000)), true);
      case 2 -> new Case("wrong_types", utf8(wrongTypes(json, random)), true);
      case 3 -> new Case("missing_fields", utf8(missingField(json, random)), true);
      case 4 -> new Case("huge_string", utf8(json.replace("\"hola\"", quoted(big(random)))), true);
      case 5 -> new Case("huge_array", utf8(hugeArray(random)), true);
      case 6 -> new Case("deep_nesting", utf8(deep(200 + random.nextInt(5_000))), true);
      case 7 -> new Case("invalid_utf8", invalidUtf8(valid, random), true);
      case 8 ->
          new Case(
              "zero_width_bidi", utf8(json.replace("hola", "h\u200Bo\u202El\u2066a\uFEFF")), true);
      case 9 ->
          new Case(
              "emoji",
              utf8(json.replace("hola", "👩🏽‍🏫🧮✅ ".repeat(1 + random.nextInt(500)))),
              true);
      case 10 -> new Case("bad_signature", valid, false);
      case 11 -> new Case("not_object", utf8(random.nextBoolean() ? "[]" : "\"x\""), true);
      case 12 -> new Case("null_values", utf8(json.replaceAll(":\"[^\"]*\"", ":null")), true);
      case 13 -> new Case("empty", new byte[0], true);
      case 14 ->
          i % 512 == 14
              ? new Case("three_mib", threeMib(json, random), true)
              : new Case("valid", valid, true);
      default ->
          new Case(
              "bad_numbers",
              utf8(json.replace("\"timestamp\":\"", "\"timestamp\":\"-1e309")),
              true);
    };
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] truncate(byte[] body, SplittableRandom random) {
    byte[] cut = new byte[random.nextInt(body.length)];
    System.arraycopy(body, 0, cut, 0, cut.length);
    return cut;
  }

  private static byte[] randomBytes(SplittableRandom random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String wrongTypes(String json, SplittableRandom random) {
    String[] swaps = {"[]", "{}", "123", "true", "null", "-0.5e7"};
    String swap = swaps[random.nextInt(swaps.length)];
    String[] targets = {"\"messages\":", "\"entry\":", "\"text\":", "\"from\":", "\"value\":"};
    String target = targets[random.nextInt(targets.length)];
    int at = json.indexOf(target);
    if (at < 0) {
      return json;
    }
    int valueStart = at + target.length();
    // Replace the first value token crudely: enough to give the parser a wrong type.
    return json.substring(0, valueStart) + swap + "," + "\"_rest\":" + json.substring(valueStart);
  }

  private static String missingField(String json, SplittableRandom random) {
    String[] fields = {
      "\"id\"", "\"from\"", "\"timestamp\"", "\"type\"", "\"metadata\"", "\"object\""
    };
    String field = fields[random.nextInt(fields.length)];
    return json.replaceFirst(field, "\"x" + random.nextInt(1000) + "\"");
  }

  private static String big(SplittableRandom random) {
    return "a".repeat(5_000 + random.nextInt(30_000));
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }

  private static String hugeArray(SplittableRandom random) {
    StringBuilder b = new StringBuilder("{\"object\":\"whatsapp_business_account\",\"entry\":[");
    int n = 1_000 + random.nextInt(20_000);
    for (int k = 0; k < n; k++) {
      b.append(k == 0 ? "" : ",").append("{\"changes\":[]}");
    }
    return b.append("]}").toString();
  }

  private static String deep(int depth) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":"
        + "[".repeat(depth)
        + "]".repeat(depth)
        + "}";
  }

  private static byte[] invalidUtf8(byte[] valid, SplittableRandom random) {
    byte[] copy = valid.clone();
    int at = new String(valid, StandardCharsets.UTF_8).indexOf("hola");
    byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
    byte[] pick = bad[random.nextInt(bad.length)];
    System.arraycopy(pick, 0, copy, at, pick.length);
    return copy;
  }

  private static byte[] threeMib(String json, SplittableRandom random) {
    int target = 3 * 1024 * 1024 + (random.nextBoolean() ? 1 : -2_000);
    // "hola" (6 bytes with quotes) becomes the quoted filler: the body is exactly target bytes.
    String filler = "x".repeat(Math.max(0, target - json.length() + 4));
    return utf8(json.replace("\"hola\"", quoted(filler)));
  }

  /** The corpus really has every kind in it. */
  @Test
  void corpusCoversEveryKind() {
    SplittableRandom random = new SplittableRandom(1);
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      String kind = hostile(i, random).kind();
      if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    assertThat(kinds.size(), is(17));
  }
}
