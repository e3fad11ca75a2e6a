package mx.aprende.bot.whatsapp.client;

import java.util.Objects;
import java.util.Optional;

/**
 * The Graph API answered with an error body. Carries the parsed {@link GraphError} and the {@link
 * ErrorAdvice} for its code, which says whether a retry can help and how the bot should react.
 * Branch on {@link #code()} or {@link ErrorAdvice#category()}, never on the message text.
 */
public final class GraphApiException extends WhatsAppException {

  private final GraphError error;
  private final ErrorAdvice advice;

  /**
   * Wraps an error; the advice comes from {@link GraphErrors#advice(int, int)}.
   *
   * @param error the parsed error
   */
  public GraphApiException(GraphError error) {
    super(describe(Objects.requireNonNull(error, "error")));
    this.error = error;
    this.advice = GraphErrors.advice(error.code(), error.httpStatus());
  }

  private static String describe(GraphError error) {
    return "Graph API error %d%s (HTTP %d, %s): %s%s"
        .formatted(
            error.code(),
            error.subcode().map(s -> "/" + s).orElse(""),
            error.httpStatus(),
            GraphErrors.advice(error.code(), error.httpStatus()).category(),
            error.message(),
            error.fbtraceId().map(id -> " [fbtrace_id " + id + "]").orElse(""));
  }

  /**
   * The parsed error.
   *
   * @return the error
   */
  public GraphError error() {
    return error;
  }

  /**
   * The HTTP status.
   *
   * @return e.g. 400
   */
  public int httpStatus() {
    return error.httpStatus();
  }

  /**
   * The Graph error code.
   *
   * @return e.g. 131047
   */
  public int code() {
    return error.code();
  }

  /**
   * The Graph error subcode.
   *
   * @return the subcode, if any
   */
  public Optional<Integer> subcode() {
    return error.subcode();
  }

  /**
   * Graph's own message (not the exception message).
   *
   * @return e.g. {@code (#131047) Re-engagement message}
   */
  public String message() {
    return error.message();
  }

  /**
   * {@code error_data.details}.
   *
   * @return the details, if any
   */
  public Optional<String> details() {
    return error.details();
  }

  /**
   * The trace id to quote to Meta support.
   *
   * @return the trace id, if any
   */
  public Optional<String> fbtraceId() {
    return error.fbtraceId();
  }

  /**
   * How to react to this error.
   *
   * @return the advice for the code
   */
  public ErrorAdvice advice() {
    return advice;
  }

  @Override
  public boolean retryable() {
    return advice.retryable();
  }
}
