package mx.aprende.bot.simulator;

import io.helidon.http.HeaderNames;
import io.helidon.http.media.MediaContext;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.net.URI;
import java.time.Duration;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;

/** Delivers simulated webhooks to the bot's own {@code /webhook}, signed as Meta signs them. */
final class WebhookPoster {

  private final WebClient client;
  private final WebhookSignature signature;

  WebhookPoster(URI webhookUri, String appSecret) {
    this.client =
        WebClient.builder()
            .baseUri(webhookUri)
            .readTimeout(Duration.ofSeconds(10))
            .mediaContext(MediaContext.create())
            .build();
    this.signature = WebhookSignature.create(appSecret);
  }

  /** Posts the payload; returns the HTTP status the webhook answered. */
  int post(byte[] payload) {
    try (HttpClientResponse response =
        client
            .post()
            .header(HeaderNames.CONTENT_TYPE, "application/json")
            .header(HeaderNames.create("X-Hub-Signature-256"), signature.sign(payload))
            .submit(payload)) {
      return response.status().code();
    }
  }
}
