package mx.aprende.bot.whatsapp.client;

import java.util.Objects;
import java.util.Optional;

/**
 * A Graph API error as returned in a synchronous error body:
 *
 * <pre>{@code
 * {"error": {"message": "(#131030) Recipient phone number not in allowed list",
 *            "type": "OAuthException", "code": 131030, "error_subcode": 2494010,
 *            "error_data": {"messaging_product": "whatsapp", "details": "..."},
 *            "fbtrace_id": "AbCdEf"}}
 * }</pre>
 *
 * The webhook's asynchronous errors carry the same codes, so this record and {@link GraphErrors}
 * can describe both.
 *
 * @param httpStatus the HTTP status of the response (0 when the error did not come from HTTP)
 * @param code {@code error.code}
 * @param subcode {@code error.error_subcode}
 * @param message {@code error.message}
 * @param type {@code error.type}, e.g. {@code OAuthException}
 * @param details {@code error.error_data.details}
 * @param fbtraceId {@code error.fbtrace_id}, to quote when asking Meta for support
 */
public record GraphError(
    int httpStatus,
    int code,
    Optional<Integer> subcode,
    String message,
    Optional<String> type,
    Optional<String> details,
    Optional<String> fbtraceId) {

  /** Rejects nulls. */
  public GraphError {
    Objects.requireNonNull(subcode, "subcode");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(fbtraceId, "fbtraceId");
  }
}
