package mx.aprende.content.curriculum;

/** Length and count limits of the authoring format; most come from WhatsApp's message limits. */
public final class Limits {
  /** One phone screen of explanation. */
  public static final int CHUNK = 500;

  /** Body of an interactive message (buttons or list). */
  public static final int PROMPT = 1024;

  /** A reply-button title (choices with up to 3 options are sent as buttons). */
  public static final int BUTTON_TITLE = 20;

  /** Most reply buttons in one message. */
  public static final int MAX_BUTTONS = 3;

  /** A list-row title (modules, choices with more than 3 options). */
  public static final int ROW_TITLE = 24;

  /** A list-row description (module summary). */
  public static final int ROW_DESCRIPTION = 72;

  /** A plain text message (hints, solutions). */
  public static final int TEXT_MESSAGE = 4096;

  /** Chunks per lesson. */
  public static final int MAX_CHUNKS = 6;

  /** Worked examples per lesson. */
  public static final int MAX_EXAMPLES = 3;

  /** Options of a choice: at least. */
  public static final int MIN_OPTIONS = 2;

  /** Options of a choice: at most (a WhatsApp list holds 10 rows). */
  public static final int MAX_OPTIONS = 10;

  /** Items of an ordering exercise: at least. */
  public static final int MIN_ITEMS = 3;

  /** Items of an ordering exercise: at most. */
  public static final int MAX_ITEMS = 6;

  private Limits() {}
}
