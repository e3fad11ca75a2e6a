package mx.aprende.bot.whatsapp.client;

/** How the bot should think about a Graph error code (project WhatsApp reference §7). */
public enum ErrorCategory {
  /** Throughput or API call rate exceeded (130429, 4, 80007): back off with jitter. */
  THROTTLED,
  /** Too many messages to one user (131056): space that user's messages, others are fine. */
  PAIR_RATE_LIMITED,
  /** Service temporarily unavailable (1, 2, 131016): back-off retry. */
  TRANSIENT,
  /** Outside the 24-hour window (131047): send an approved template or wait for the user. */
  WINDOW_CLOSED,
  /** The user cannot receive messages (131026): mark unreachable, do not loop. */
  RECIPIENT_UNREACHABLE,
  /** Template mismatch, missing, too long, paused or disabled (132xxx): fix and alert. */
  TEMPLATE_PROBLEM,
  /** Media that cannot be downloaded or used (131052, 131053): resend or fix media. */
  MEDIA_PROBLEM,
  /** Malformed request or unsupported type (100, 131008, 131009, 131051): a bug, log fbtrace_id. */
  BAD_REQUEST,
  /** Token or permission problem (190, 0, 3, 10, 200–299, 131005): pause the sender, alert. */
  AUTH,
  /** Account restricted or locked (368, 131031): stop all sends, escalate to a human. */
  ACCOUNT_BLOCKED,
  /** Marketing cap or opt-out for this user (131049, 131050): drop marketing for the user. */
  MARKETING_LIMIT,
  /** Quality-based limits (131048, 131064): pause business-initiated sends, alert. */
  QUALITY,
  /** Country, payment, registration or display-name configuration (130497, 131042, ...). */
  CONFIG,
  /** Nothing to do (130472, user in a Meta experiment). */
  IGNORABLE,
  /** 131000 or a code not in the catalogue. */
  UNKNOWN
}
