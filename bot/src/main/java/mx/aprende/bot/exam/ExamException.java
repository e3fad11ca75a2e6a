package mx.aprende.bot.exam;

/** The exam feature's one unchecked exception: bad admin input or unreadable sample data. */
public class ExamException extends RuntimeException {

  public ExamException(String message) {
    super(message);
  }

  public ExamException(String message, Throwable cause) {
    super(message, cause);
  }
}
