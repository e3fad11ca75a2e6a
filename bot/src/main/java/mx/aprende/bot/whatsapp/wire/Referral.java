package mx.aprende.bot.whatsapp.wire;

import java.util.Optional;

/**
 * The Click-to-WhatsApp ad or post a user came from, sent alongside their first message.
 *
 * <pre>{@code
 * "referral": { "source_url": "https://fb.me/abc", "source_id": "1200", "source_type": "ad",
 *               "headline": "Termina la secundaria", "body": "Gratis", "media_type": "image",
 *               "image_url": "https://...", "ctwa_clid": "ARAkxyz" }
 * }</pre>
 *
 * @param sourceUrl link to the ad or post
 * @param sourceId the ad or post id
 * @param sourceType {@code ad} or {@code post}
 * @param headline the ad headline
 * @param body the ad text
 * @param mediaType {@code image} or {@code video}
 * @param imageUrl the ad image
 * @param videoUrl the ad video
 * @param thumbnailUrl the video thumbnail
 * @param ctwaClid the click id for conversion reporting
 */
public record Referral(
    Optional<String> sourceUrl,
    Optional<String> sourceId,
    Optional<String> sourceType,
    Optional<String> headline,
    Optional<String> body,
    Optional<String> mediaType,
    Optional<String> imageUrl,
    Optional<String> videoUrl,
    Optional<String> thumbnailUrl,
    Optional<String> ctwaClid) {}
