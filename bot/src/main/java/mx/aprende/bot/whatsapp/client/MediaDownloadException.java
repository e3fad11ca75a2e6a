package mx.aprende.bot.whatsapp.client;

/**
 * Downloaded media was refused: larger than allowed, or its SHA-256 does not match what Meta
 * announced. A checksum mismatch is retryable (fetch a fresh URL and download again); a file that
 * is too large is not.
 */
public final class MediaDownloadException extends WhatsAppException {

  /** Why the download was refused. */
  public enum Reason {
    /** Larger than the caller's maximum. */
    TOO_LARGE,
    /** The content does not hash to the announced SHA-256. */
    CHECKSUM_MISMATCH
  }

  private final Reason reason;

  MediaDownloadException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * Why the download was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  @Override
  public boolean retryable() {
    return reason == Reason.CHECKSUM_MISMATCH;
  }
}
