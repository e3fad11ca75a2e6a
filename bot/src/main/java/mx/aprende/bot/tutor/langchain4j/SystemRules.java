package mx.aprende.bot.tutor.langchain4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mx.aprende.content.text.TextFolding;

/**
 * The system prompt: numbered rules kept in {@code tutor/rules.txt} so they can be read and
 * reviewed apart from the code. Also recognises a reply that repeats them (a prompt leak).
 *
 * @param text the whole prompt as sent to the model
 */
public record SystemRules(String text) {

  static final String RESOURCE = "/tutor/rules.txt";

  /** Long enough that a reply containing one of these pieces is quoting the rules. */
  private static final int QUOTE_LENGTH = 30;

  /** The rules shipped with the bot. */
  public static SystemRules shipped() {
    try (InputStream in = SystemRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new SystemRules(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code reply} quotes a rule (or the rules' heading): the prompt must stay private. */
  public boolean quotedIn(String reply) {
    String folded = " " + TextFolding.words(reply) + " ";
    if (folded.contains(" reglas 1 ") || folded.contains(" eres el asesor de aprende ")) {
      return true;
    }
    for (String line : lines()) {
      String words = TextFolding.words(line.replaceFirst("^\\d+\\.\\s*", ""));
      for (int start = 0; start + QUOTE_LENGTH <= words.length(); start += QUOTE_LENGTH / 2) {
        if (folded.contains(words.substring(start, start + QUOTE_LENGTH))) {
          return true;
        }
      }
    }
    return false;
  }

  private List<String> lines() {
    return text.lines().filter(l -> l.length() > QUOTE_LENGTH).toList();
  }
}
