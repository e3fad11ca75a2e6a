package mx.aprende.bot.simulator;

import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import java.net.URI;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;

/**
 * The simulator assembled: the page, its API and the fake Graph API, routed on the public port.
 * Created only in development mode.
 */
public final class Simulator implements AutoCloseable {

  /** Where the fake Graph API is mounted; the bot's Graph base URL points here in development. */
  public static final String GRAPH_PATH = "/simulator/graph";

  private final CapturedMessages captured = new CapturedMessages();
  private final DeliveryStates states = new DeliveryStates();
  private final ExecutorService receipts = Executors.newVirtualThreadPerTaskExecutor();
  private final SimulatorService api;
  private final FakeGraphApi graph;

  /**
   * @param publicBaseUri the bot's own public address (the page posts webhooks there)
   * @param appSecret signs the webhooks, as Meta does with the app secret
   * @param accessToken the token the fake Graph API expects, as Meta does
   */
  public Simulator(
      URI publicBaseUri,
      String appSecret,
      String accessToken,
      String phoneNumberId,
      String displayPhoneNumber,
      InstantSource clock) {
    WebhookPayloads payloads =
        WebhookPayloads.forBusiness(
            "100000000000000", phoneNumberId, displayPhoneNumber.replaceAll("\\D", ""));
    WebhookPoster poster = new WebhookPoster(publicBaseUri.resolve("/webhook"), appSecret);
    this.api = new SimulatorService(payloads, poster, captured, states, clock, displayPhoneNumber);
    this.graph = new FakeGraphApi(captured, states, payloads, poster, receipts, clock, accessToken);
  }

  /** Adds the page at {@code /simulator}, its API and the fake Graph API. */
  public void route(HttpRouting.Builder routing) {
    routing
        .register("/simulator/api", api)
        .register(GRAPH_PATH, graph)
        .register(
            "/simulator",
            StaticContentFeature.createService(
                ClasspathHandlerConfig.builder()
                    .location("simulator")
                    .welcome("index.html")
                    .build()));
  }

  /**
   * Stores a file as if a learner had sent it: the fake Graph API serves it through the media flow
   * (lookup, then download) under the returned media id, for a webhook that names that id.
   */
  public String learnerMedia(byte[] content) {
    return graph.learnerMedia(content);
  }

  /** What the bot sent, per recipient: tests read it directly. */
  public CapturedMessages captured() {
    return captured;
  }

  @Override
  public void close() {
    receipts.shutdownNow();
  }
}
