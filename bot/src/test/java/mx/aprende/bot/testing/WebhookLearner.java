package mx.aprende.bot.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.simulator.CapturedMessages;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;

/**
 * One learner talking to a running test bot the way WhatsApp would: signed webhooks in, replies
 * read back from the fake Graph API. Each call waits until the message is processed and answered.
 */
public final class WebhookLearner {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final RunningBot bot;
  private final String waId;
  private final String profileName;
  private final String idPrefix;
  private int sent;
  private long seen;
  private List<JsonNode> last = List.of();

  public WebhookLearner(RunningBot bot, String waId, String profileName) {
    this.bot = bot;
    this.waId = waId;
    this.profileName = profileName;
    this.idPrefix = "wamid.learner." + waId + ".";
  }

  /** Writes {@code text}. */
  public List<JsonNode> say(String text) {
    return post(PAYLOADS.text(waId, profileName, nextId(), Instant.now(), text));
  }

  /** Shares a location pin. */
  public List<JsonNode> shareLocation(double latitude, double longitude) {
    return post(
        PAYLOADS.location(
            waId, profileName, nextId(), Instant.now(), latitude, longitude, Optional.empty()));
  }

  /** Taps the button or list row titled {@code title} in the last replies. */
  public List<JsonNode> tap(String title) {
    for (JsonNode message : last) {
      for (JsonNode option : options(message)) {
        if (option.path("title").asText().equals(title)) {
          String id = option.path("id").asText();
          return post(
              message.path("interactive").path("type").asText().equals("list")
                  ? PAYLOADS.listReply(waId, profileName, nextId(), Instant.now(), id, title)
                  : PAYLOADS.buttonReply(
                      waId, profileName, nextId(), Instant.now(), id, title, Optional.empty()));
        }
      }
    }
    throw new AssertionError("No option '" + title + "' in " + last);
  }

  /** Sends a reply-button choice with this id and title, offered or not (a typed-ahead tap). */
  public List<JsonNode> choose(String id, String title) {
    return post(
        PAYLOADS.buttonReply(
            waId, profileName, nextId(), Instant.now(), id, title, Optional.empty()));
  }

  /** Taps {@code title} when the last replies offer it; otherwise does nothing. */
  public boolean tapIfOffered(String title) {
    if (!titles().contains(title)) {
      return false;
    }
    tap(title);
    return true;
  }

  /** The id of the last message this learner sent. */
  public String lastMessageId() {
    return idPrefix + sent;
  }

  /** The replies to the last message. */
  public List<JsonNode> last() {
    return last;
  }

  /** The text of each of the last replies (text body or interactive body). */
  public List<String> lastTexts() {
    return last.stream().map(WebhookLearner::body).toList();
  }

  /** The button and row titles offered by the last replies. */
  public List<String> titles() {
    List<String> titles = new ArrayList<>();
    last.forEach(m -> options(m).forEach(o -> titles.add(o.path("title").asText())));
    return titles;
  }

  private String nextId() {
    return idPrefix + (++sent);
  }

  private List<JsonNode> post(byte[] payload) {
    String id = idPrefix + sent;
    URI webhook = URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
    assertThat(Http.postSigned(webhook, payload).statusCode(), is(200));
    Eventually.await(
        WAIT,
        () -> bot.storage().database().getCollection("inbound").find(Filters.eq("_id", id)).first(),
        // The webhook stored it before answering 200: gone means erased with the learner's data.
        d -> d == null || "done".equals(d.getString("state")));
    CapturedMessages captured = bot.simulator().orElseThrow().captured();
    List<CapturedMessages.Captured> replies =
        Eventually.await(
            WAIT,
            () -> captured.after(waId, seen).stream().filter(c -> !c.body().has("status")).toList(),
            list -> !list.isEmpty());
    seen = captured.after(waId, seen).getLast().seq();
    last = replies.stream().map(CapturedMessages.Captured::body).toList();
    return last;
  }

  private static List<JsonNode> options(JsonNode message) {
    JsonNode interactive = message.path("interactive");
    List<JsonNode> options = new ArrayList<>();
    interactive.path("action").path("buttons").forEach(b -> options.add(b.path("reply")));
    interactive.path("action").path("sections").forEach(s -> s.path("rows").forEach(options::add));
    return options;
  }

  private static String body(JsonNode message) {
    return message.has("text")
        ? message.path("text").path("body").asText()
        : message.path("interactive").path("body").path("text").asText();
  }
}
