package mx.aprende.bot.whatsapp.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and as whom the {@link CloudApiClient} talks to the Graph API.
 *
 * <p>Messages go to {@code POST {baseUri}/{apiVersion}/{phoneNumberId}/messages}, for example
 * {@code https://graph.facebook.com/v26.0/1234567890/messages}. The base URI may carry a path
 * prefix (an in-process fake Graph API mounted under {@code /fake-graph}). {@code timeout} bounds
 * both connecting and each read. {@link #toString()} never shows the access token.
 *
 * @param baseUri absolute http or https URI of the Graph API, e.g. {@code
 *     https://graph.facebook.com}
 * @param apiVersion pinned Graph API version such as {@code v26.0}
 * @param phoneNumberId the business phone number id (not the phone number)
 * @param accessToken a System User token with {@code whatsapp_business_messaging}
 * @param timeout connect and read timeout, positive
 */
public record CloudApiSettings(
    URI baseUri, String apiVersion, String phoneNumberId, String accessToken, Duration timeout) {

  private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");
  private static final Pattern ID = Pattern.compile("[0-9A-Za-z_.-]+");

  /** Validates every component; a bad setting fails at start-up rather than on the first send. */
  public CloudApiSettings {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(phoneNumberId, "phoneNumberId");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(timeout, "timeout");
    String scheme = baseUri.getScheme();
    if (!baseUri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
      throw new IllegalArgumentException("baseUri must be an absolute http(s) URI: " + baseUri);
    }
    if (!VERSION.matcher(apiVersion).matches()) {
      throw new IllegalArgumentException("apiVersion must look like v26.0: " + apiVersion);
    }
    if (!ID.matcher(phoneNumberId).matches()) {
      throw new IllegalArgumentException("phoneNumberId must be a plain id");
    }
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken must not be blank");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** {@code {baseUri}/{apiVersion}/{phoneNumberId}/messages}. */
  URI messagesUri() {
    return versioned(phoneNumberId + "/messages");
  }

  /** {@code {baseUri}/{apiVersion}/{phoneNumberId}/media}. */
  URI mediaUploadUri() {
    return versioned(phoneNumberId + "/media");
  }

  /** {@code {baseUri}/{apiVersion}/{mediaId}}; rejects ids that could change the path. */
  URI mediaUri(String mediaId) {
    if (!ID.matcher(mediaId).matches()) {
      throw new IllegalArgumentException("media id must be a plain id");
    }
    return versioned(mediaId);
  }

  private URI versioned(String rest) {
    String base = baseUri.toString();
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return URI.create(trimmed + "/" + apiVersion + "/" + rest);
  }

  /** Shows every setting except the token, so settings can be logged safely. */
  @Override
  public String toString() {
    return "CloudApiSettings[baseUri=%s, apiVersion=%s, phoneNumberId=%s, accessToken=<redacted>, timeout=%s]"
        .formatted(baseUri, apiVersion, phoneNumberId, timeout);
  }
}
