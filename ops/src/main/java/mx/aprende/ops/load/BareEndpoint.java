package mx.aprende.ops.load;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.concurrent.CountDownLatch;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;

/**
 * The machine's ceiling for {@code ./tutor loadtest --bare}: a Helidon endpoint that reads the
 * webhook body, checks its signature with the bot's own checker and acknowledges; no storage, no
 * processing. Run as a child JVM: {@code BareEndpoint PORT}, the secret in {@value
 * #SECRET_VARIABLE}.
 */
public final class BareEndpoint {

  static final String SECRET_VARIABLE = "WHATSAPP_APP_SECRET";

  private BareEndpoint() {}

  public static void main(String[] args) throws InterruptedException {
    WebhookSignature signature = WebhookSignature.create(System.getenv(SECRET_VARIABLE));
    WebServer.builder()
        .host("127.0.0.1")
        .port(Integer.parseInt(args[0]))
        .routing(
            r ->
                r.get("/webhook", (req, res) -> res.status(Status.FORBIDDEN_403).send())
                    .post("/webhook", (req, res) -> acknowledge(signature, req, res)))
        .build()
        .start();
    new CountDownLatch(1).await();
  }

  private static void acknowledge(
      WebhookSignature signature, ServerRequest req, ServerResponse res) {
    byte[] body = req.content().as(byte[].class);
    boolean valid =
        signature.matches(body, req.headers().first(HeaderNames.create("X-Hub-Signature-256")));
    res.status(valid ? Status.OK_200 : Status.UNAUTHORIZED_401)
        .header(HeaderNames.CONTENT_TYPE, "application/json")
        .send(valid ? "{\"status\":\"ok\"}" : "{\"error\":\"bad signature\"}");
  }
}
