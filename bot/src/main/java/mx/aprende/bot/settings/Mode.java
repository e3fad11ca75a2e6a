package mx.aprende.bot.settings;

/** How the bot talks to WhatsApp. */
public enum Mode {
  /**
   * No {@code WHATSAPP_TOKEN}: the simulator is on, Graph API calls go to the in-process fake, and
   * missing secrets are generated for this run.
   */
  DEVELOPMENT,
  /** A real WhatsApp Business number: every secret must come from the environment. */
  PRODUCTION
}
