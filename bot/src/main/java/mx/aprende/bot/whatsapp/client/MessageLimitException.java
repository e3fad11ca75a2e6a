package mx.aprende.bot.whatsapp.client;

/**
 * A message breaks a WhatsApp limit and was not sent. The message names the field (as a JSON path
 * of the request body, e.g. {@code interactive.action.buttons[3]}), the limit and the actual value,
 * but never the text itself. Never retryable: the message has to change.
 */
public final class MessageLimitException extends WhatsAppException {

  /** Which kind of rule was broken; tells how to read {@link #limit()} and {@link #actual()}. */
  public enum Rule {
    /** Text longer than {@code limit} characters; {@code actual} is its length. */
    MAX_LENGTH,
    /** Text empty or blank; {@code limit} is 1, {@code actual} the length. */
    NOT_EMPTY,
    /** More than {@code limit} items; {@code actual} is the count. */
    MAX_COUNT,
    /** Fewer than {@code limit} items; {@code actual} is the count. */
    MIN_COUNT,
    /** A value that must be unique appears {@code actual} times ({@code limit} 1). */
    UNIQUE,
    /**
     * A value of the wrong form (URL scheme, mixed parameters); {@code limit} and {@code actual} 0.
     */
    FORMAT
  }

  private final String field;
  private final Rule rule;
  private final int limit;
  private final int actual;

  private MessageLimitException(String field, Rule rule, int limit, int actual, String message) {
    super(message);
    this.field = field;
    this.rule = rule;
    this.limit = limit;
    this.actual = actual;
  }

  static MessageLimitException tooLong(String field, int limit, int actual) {
    return new MessageLimitException(
        field,
        Rule.MAX_LENGTH,
        limit,
        actual,
        "%s is %d characters long; WhatsApp allows at most %d".formatted(field, actual, limit));
  }

  static MessageLimitException empty(String field, int actual) {
    return new MessageLimitException(
        field, Rule.NOT_EMPTY, 1, actual, "%s must not be empty or blank".formatted(field));
  }

  static MessageLimitException tooMany(String field, int limit, int actual) {
    return new MessageLimitException(
        field,
        Rule.MAX_COUNT,
        limit,
        actual,
        "%s has %d items; WhatsApp allows at most %d".formatted(field, actual, limit));
  }

  static MessageLimitException tooFew(String field, int limit, int actual) {
    return new MessageLimitException(
        field,
        Rule.MIN_COUNT,
        limit,
        actual,
        "%s has %d items; WhatsApp needs at least %d".formatted(field, actual, limit));
  }

  static MessageLimitException duplicate(String field, int occurrences) {
    return new MessageLimitException(
        field,
        Rule.UNIQUE,
        1,
        occurrences,
        "%s must be unique but appears %d times".formatted(field, occurrences));
  }

  static MessageLimitException format(String field, String expectation) {
    return new MessageLimitException(
        field, Rule.FORMAT, 0, 0, "%s %s".formatted(field, expectation));
  }

  /**
   * The offending field as a JSON path of the request body.
   *
   * @return e.g. {@code text.body} or {@code interactive.action.sections[1].title}
   */
  public String field() {
    return field;
  }

  /**
   * The kind of rule broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * The limit, read according to {@link #rule()}.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  /**
   * The actual length or count, read according to {@link #rule()}.
   *
   * @return the actual value
   */
  public int actual() {
    return actual;
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
