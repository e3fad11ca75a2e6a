package mx.aprende.bot.whatsapp.client;

import java.util.Objects;
import java.util.Optional;

/**
 * A value filled into an approved template. Templates use either positional ({@code {{1}}}) or
 * named ({@code {{first_name}}}) variables; the parameters of one component must not mix the two.
 * Media parameters only fill a media header.
 */
public sealed interface TemplateParameter {

  /**
   * A text for a positional variable; WhatsApp fills variables in list order.
   *
   * @param text the value, not empty
   */
  record PositionalText(String text) implements TemplateParameter {
    /** Rejects null. */
    public PositionalText {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A text for a named variable ({@code parameter_name} on the wire).
   *
   * @param name the variable name as approved, e.g. {@code first_name}
   * @param text the value, not empty
   */
  record NamedText(String name, String text) implements TemplateParameter {
    /** Rejects nulls. */
    public NamedText {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * An image for an image header.
   *
   * @param source the image
   */
  record Image(MediaSource source) implements TemplateParameter {
    /** Rejects null. */
    public Image {
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * A video for a video header.
   *
   * @param source the video
   */
  record Video(MediaSource source) implements TemplateParameter {
    /** Rejects null. */
    public Video {
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * A document for a document header.
   *
   * @param source the document
   * @param filename optional file name shown to the user
   */
  record Document(MediaSource source, Optional<String> filename) implements TemplateParameter {
    /** Rejects nulls. */
    public Document {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(filename, "filename");
    }
  }

  /**
   * A positional text value.
   *
   * @param text the value
   * @return the parameter
   */
  static TemplateParameter text(String text) {
    return new PositionalText(text);
  }

  /**
   * A named text value.
   *
   * @param name the variable name
   * @param text the value
   * @return the parameter
   */
  static TemplateParameter named(String name, String text) {
    return new NamedText(name, text);
  }
}
