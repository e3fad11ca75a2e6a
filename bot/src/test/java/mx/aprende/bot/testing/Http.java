package mx.aprende.bot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;

/** A small HTTP client for tests that talk to a started bot like Meta or a browser would. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  public static HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build());
  }

  public static HttpResponse<String> get(URI uri, String accept) {
    return send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .header("Accept", accept)
            .GET()
            .build());
  }

  /** POSTs JSON with an optional {@code X-Hub-Signature-256} header. */
  public static HttpResponse<String> post(URI uri, byte[] body, Optional<String> signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    signature.ifPresent(s -> request.header("X-Hub-Signature-256", s));
    return send(request.build());
  }

  /** POSTs a webhook signed with the test app secret. */
  public static HttpResponse<String> postSigned(URI uri, byte[] body) {
    return post(uri, body, Optional.of(WebhookSignature.create(TestBots.APP_SECRET).sign(body)));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
