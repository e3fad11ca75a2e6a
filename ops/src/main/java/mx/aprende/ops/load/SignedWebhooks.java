package mx.aprende.ops.load;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Posts signed webhook bodies the way Meta does, each to one of the bot instances at random (as a
 * load balancer in front of them would). Shared by the learners' messages and the sink's receipts.
 */
final class SignedWebhooks {

  private final List<WebClient> clients;
  private final WebhookSigner signer;

  SignedWebhooks(List<URI> webhooks, WebhookSigner signer) {
    this.clients =
        webhooks.stream()
            .map(
                webhook ->
                    WebClient.builder()
                        .baseUri(webhook)
                        .connectTimeout(Duration.ofSeconds(5))
                        .readTimeout(Duration.ofSeconds(30))
                        .build())
            .toList();
    this.signer = signer;
  }

  /**
   * Posts {@code body} with its {@code X-Hub-Signature-256} and reads the answer to its end.
   *
   * @return the HTTP status
   * @throws RuntimeException when no answer came (connection refused, timeout)
   */
  int post(byte[] body) {
    WebClient client = clients.get(ThreadLocalRandom.current().nextInt(clients.size()));
    try (HttpClientResponse response =
        client
            .post()
            .header(HeaderNames.create(WebhookSigner.HEADER), signer.sign(body))
            .header(HeaderValues.CONTENT_TYPE_JSON)
            .submit(body)) {
      int status = response.status().code();
      response.entity().consume();
      return status;
    }
  }
}
