package mx.aprende.ops.load;

/**
 * An option the bot offered in an interactive message.
 *
 * @param id what comes back when tapped
 * @param title what the learner sees
 * @param row true for a list row, false for a reply button (they come back as different payloads)
 */
record Option(String id, String title, boolean row) {}
