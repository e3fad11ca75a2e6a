package mx.aprende.bot.settings;

/** The configuration cannot start the bot; the message names the settings to fix. */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}
