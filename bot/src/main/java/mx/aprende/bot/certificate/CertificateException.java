package mx.aprende.bot.certificate;

/** The certificate feature's one unchecked exception: a bad key or an unreadable credential. */
public class CertificateException extends RuntimeException {

  public CertificateException(String message) {
    super(message);
  }

  public CertificateException(String message, Throwable cause) {
    super(message, cause);
  }
}
