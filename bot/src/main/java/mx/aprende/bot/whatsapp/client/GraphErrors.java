package mx.aprende.bot.whatsapp.client;

import java.util.HashMap;
import java.util.Map;

/**
 * The catalogue of Graph error codes and how the bot should react, written from the project's
 * WhatsApp reference §7 (Meta's error-code table as mirrored by pywa). Branch on codes, not on
 * titles: Meta rewords messages but keeps codes.
 */
public final class GraphErrors {

  /** Enough attempts to ride out a throttling burst with exponential back-off. */
  static final int THROTTLE_RETRIES = 5;

  /** "Retry a few times": 131000 and unexpected 5xx are worth a short back-off, then give up. */
  static final int FEW_RETRIES = 3;

  private static final Map<Integer, ErrorAdvice> CATALOGUE = catalogue();

  private GraphErrors() {}

  /**
   * The advice for a code. Codes 200–299 are permission errors; a code not in the catalogue gets
   * {@link ErrorCategory#UNKNOWN} without retries.
   *
   * @param code the Graph {@code error.code}
   * @return the advice, never null
   */
  public static ErrorAdvice advice(int code) {
    ErrorAdvice known = CATALOGUE.get(code);
    if (known != null) {
      return known;
    }
    if (code >= 200 && code <= 299) {
      return new ErrorAdvice(ErrorCategory.AUTH, 0, "Permission missing: config alert.");
    }
    return new ErrorAdvice(ErrorCategory.UNKNOWN, 0, "Unlisted code: log fbtrace_id and alert.");
  }

  /**
   * The advice for a code, falling back on the HTTP status for codes not in the catalogue: 429 is
   * throttling and 5xx transient, as Meta uses those statuses for its own transient failures.
   *
   * @param code the Graph {@code error.code}
   * @param httpStatus the HTTP status of the response
   * @return the advice, never null
   */
  public static ErrorAdvice advice(int code, int httpStatus) {
    ErrorAdvice byCode = advice(code);
    if (CATALOGUE.containsKey(code) || byCode.category() != ErrorCategory.UNKNOWN) {
      return byCode; // the code is known (or in the permission range): it decides
    }
    if (httpStatus == 429) {
      return new ErrorAdvice(ErrorCategory.THROTTLED, THROTTLE_RETRIES, "Back off (HTTP 429).");
    }
    if (httpStatus >= 500) {
      return new ErrorAdvice(ErrorCategory.TRANSIENT, FEW_RETRIES, "Back-off retry (HTTP 5xx).");
    }
    return byCode;
  }

  private static Map<Integer, ErrorAdvice> catalogue() {
    Map<Integer, ErrorAdvice> map = new HashMap<>();
    put(map, ErrorCategory.THROTTLED, THROTTLE_RETRIES, "Back off with jitter.", 130429, 4, 80007);
    put(
        map,
        ErrorCategory.PAIR_RATE_LIMITED,
        FEW_RETRIES,
        "Retry this user only, at least 6 s apart; merge short replies.",
        131056);
    put(map, ErrorCategory.TRANSIENT, THROTTLE_RETRIES, "Back-off retry.", 1, 2, 131016);
    put(map, ErrorCategory.UNKNOWN, FEW_RETRIES, "Retry at most 3 times, then log.", 131000);
    put(
        map,
        ErrorCategory.WINDOW_CLOSED,
        0,
        "Queue the content; send an approved template or wait for the user.",
        131047);
    put(map, ErrorCategory.RECIPIENT_UNREACHABLE, 0, "Mark the contact unreachable.", 131026);
    put(
        map,
        ErrorCategory.TEMPLATE_PROBLEM,
        0,
        "Fix the template or its parameters; alert.",
        132000,
        132012,
        132001,
        132005,
        132007,
        132015,
        132016);
    put(map, ErrorCategory.MEDIA_PROBLEM, 0, "Ask to resend or fix the media.", 131052, 131053);
    put(
        map,
        ErrorCategory.BAD_REQUEST,
        0,
        "A bug in the request: log fbtrace_id.",
        100,
        131008,
        131009,
        131051);
    put(
        map,
        ErrorCategory.AUTH,
        0,
        "Pause the sender; rotate token; alert.",
        190,
        0,
        3,
        10,
        131005);
    put(map, ErrorCategory.ACCOUNT_BLOCKED, 0, "Stop all sends; escalate.", 368, 131031);
    put(map, ErrorCategory.MARKETING_LIMIT, 0, "Drop marketing for this user.", 131049, 131050);
    put(map, ErrorCategory.QUALITY, 0, "Pause business-initiated sends; alert.", 131048, 131064);
    put(
        map,
        ErrorCategory.CONFIG,
        0,
        "Configuration or billing alert.",
        130497,
        131042,
        131045,
        131037);
    put(map, ErrorCategory.IGNORABLE, 0, "Ignore.", 130472);
    return Map.copyOf(map);
  }

  private static void put(
      Map<Integer, ErrorAdvice> map,
      ErrorCategory category,
      int maxRetries,
      String reaction,
      int... codes) {
    ErrorAdvice advice = new ErrorAdvice(category, maxRetries, reaction);
    for (int code : codes) {
      if (map.put(code, advice) != null) {
        throw new IllegalStateException("code listed twice: " + code);
      }
    }
  }
}
