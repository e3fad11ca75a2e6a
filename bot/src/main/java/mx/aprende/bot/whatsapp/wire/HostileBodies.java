package mx.aprende.bot.whatsapp.wire;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A seeded corpus of hostile webhook bodies for fuzz runs: malformed and truncated JSON, garbage
 * bytes, wrong types, missing fields, huge strings and arrays, deep nesting, invalid UTF-8,
 * zero-width and bidi characters, emoji, null values, bad numbers, bodies around the 3 MiB limit,
 * bad signatures, and valid messages among them. The bot's {@code HostilePayloadsTest} runs it
 * through the webhook in-process; {@code ./tutor fuzz} (ops) sends it over HTTP to a running bot.
 *
 * <p>In the main code, next to {@link WebhookPayloads}, because both the bot's tests and the ops
 * tools use it and ops cannot see the bot's test classes.
 */
public final class HostileBodies {

  /** How many kinds of case the corpus has ({@link Case#kind()}). */
  public static final int KINDS = 17;

  /** The webhook's body limit the "three_mib" cases straddle. */
  public static final int LIMIT_BYTES = 3 * 1024 * 1024;

  /**
   * One case.
   *
   * @param kind what is wrong with it ("valid" for a well-formed message)
   * @param body the raw body
   * @param signed whether to sign it with the app secret (unsigned ones carry a bad signature)
   */
  public record Case(String kind, byte[] body, boolean signed) {}

  private final WebhookPayloads payloads;

  public HostileBodies(WebhookPayloads payloads) {
    this.payloads = payloads;
  }

  /**
   * The {@code i}-th case of the corpus: {@code i % 16} picks the kind, {@code random} the details.
   */
  public Case next(int i, SplittableRandom random) {
    String id = "wamid.fuzz." + i;
    String phone = "52155" + (10_000_000 + random.nextInt(89_999_999));
    byte[] valid =
        payloads.text(phone, "Ana", id, Instant.ofEpochSecond(1_767_000_000L + i), "hola");
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
    int target = LIMIT_BYTES + (random.nextBoolean() ? 1 : -2_000);
    // "hola" (6 bytes with quotes) becomes the quoted filler: the body is exactly target bytes.
    String filler = "x".repeat(Math.max(0, target - json.length() + 4));
    return utf8(json.replace("\"hola\"", quoted(filler)));
  }
}
