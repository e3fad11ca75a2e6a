package mx.aprende.bot.whatsapp.wire;

import java.util.Optional;

/**
 * An error Meta reports asynchronously, on a message, a status or a whole change. Branch on {@link
 * #code()}, never on the title (WHATSAPP.md §7).
 *
 * <pre>{@code
 * { "code": 131047, "title": "Re-engagement message", "message": "Re-engagement message",
 *   "error_data": { "details": "Message failed to send because more than 24 hours have passed..." },
 *   "href": "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/" }
 * }</pre>
 *
 * @param code the error code
 * @param title the short title; empty when Meta omitted it
 * @param message the message
 * @param details {@code error_data.details}
 * @param href a documentation link
 */
public record PlatformError(
    int code,
    String title,
    Optional<String> message,
    Optional<String> details,
    Optional<String> href) {}
