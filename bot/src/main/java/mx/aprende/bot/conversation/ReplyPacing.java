package mx.aprende.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges one turn's consecutive replies into as few messages as WhatsApp's limits allow, so a
 * normal turn sends one or two messages, not five: WhatsApp paces about one message every six
 * seconds per learner, and a burst of bubbles is harder to read on a small phone.
 *
 * <p>Texts next to each other are joined with a blank line while the result fits a text message
 * ({@value #TEXT_MAX} characters); a text followed by buttons or a list becomes the top of that
 * message's body while it fits an interactive body ({@value #INTERACTIVE_BODY_MAX}). Interactive
 * messages are never merged with each other (each has its own options), and documents stand alone.
 * The order of what the learner reads never changes. Pure.
 */
public final class ReplyPacing {

  /** WhatsApp's longest text message. */
  static final int TEXT_MAX = 4096;

  /** WhatsApp's longest body of a buttons or list message. */
  static final int INTERACTIVE_BODY_MAX = 1024;

  private static final String BETWEEN = "\n\n";

  private ReplyPacing() {}

  /** {@code replies} merged where the limits allow, in the same reading order. */
  public static List<Reply> merge(List<Reply> replies) {
    List<Reply> merged = new ArrayList<>();
    for (Reply reply : replies) {
      if (merged.isEmpty() || !(merged.getLast() instanceof Reply.Text previous)) {
        merged.add(reply);
        continue;
      }
      Reply joined = join(previous, reply);
      if (joined == null) {
        merged.add(reply);
      } else {
        merged.set(merged.size() - 1, joined);
      }
    }
    return List.copyOf(merged);
  }

  /** {@code text} and {@code next} as one message, or null when they do not fit in one. */
  private static Reply join(Reply.Text text, Reply next) {
    return switch (next) {
      case Reply.Text more ->
          fits(text.body(), more.body(), TEXT_MAX)
              ? new Reply.Text(text.body() + BETWEEN + more.body())
              : null;
      case Reply.Buttons buttons ->
          fits(text.body(), buttons.body(), INTERACTIVE_BODY_MAX)
              ? new Reply.Buttons(text.body() + BETWEEN + buttons.body(), buttons.options())
              : null;
      case Reply.Menu menu ->
          fits(text.body(), menu.body(), INTERACTIVE_BODY_MAX)
              ? new Reply.Menu(
                  text.body() + BETWEEN + menu.body(), menu.buttonLabel(), menu.options())
              : null;
      case Reply.Document document -> null;
    };
  }

  private static boolean fits(String first, String second, int max) {
    return first.length() + BETWEEN.length() + second.length() <= max;
  }
}
