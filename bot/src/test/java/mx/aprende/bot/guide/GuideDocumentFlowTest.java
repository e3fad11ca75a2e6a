package mx.aprende.bot.guide;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.simulator.CapturedMessages;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Unit;
import org.junit.jupiter.api.Test;

class GuideDocumentFlowTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final String LEARNER = "5215511119001";

  /**
   * "Descargar mi guía" → the fake Graph API receives the PDF upload and a document message whose
   * file holds the unit's lessons and answer key; asking again reuses the uploaded media.
   */
  @Test
  void guideArrivesAsAnUploadedDocument() throws Exception {
    RunningBot bot = TestBots.start();
    try {
      URI webhook = URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
      TestBots.onboarded(bot, LEARNER, "Ana");
      Http.postSigned(webhook, PAYLOADS.text(LEARNER, "Ana", "wamid.g.1", Instant.now(), "hola"));
      replies(bot, 1);
      Http.postSigned(
          webhook,
          PAYLOADS.listReply(
              LEARNER, "Ana", "wamid.g.2", Instant.now(), "menu:guide", "Descargar mi guía"));
      JsonNode sent = replies(bot, 2).get(1).body();

      Unit unit = TestBots.curriculum().units().getFirst();
      assertThat(sent.path("type").asText(), is("document"));
      JsonNode document = sent.path("document");
      assertThat(document.path("filename").asText(), is(StudyGuide.fileName(unit)));
      assertThat(document.path("caption").asText(), containsString(unit.title()));
      String mediaId = document.path("id").asText();

      byte[] pdf = download(bot, mediaId);
      assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII), startsWith("%PDF"));
      String text = PdfText.flat(PdfText.text(pdf));
      for (Lesson lesson : unit.lessons()) {
        assertThat(text, containsString(PdfText.flat(lesson.title())));
      }
      String answers = text.substring(text.lastIndexOf("Respuestas"));
      for (Exercise exercise : unit.exercises()) {
        assertThat(answers, containsString(PdfText.flat(exercise.solution())));
      }

      Http.postSigned(
          webhook,
          PAYLOADS.listReply(
              LEARNER, "Ana", "wamid.g.3", Instant.now(), "menu:guide", "Descargar mi guía"));
      JsonNode again = replies(bot, 3).get(2).body();
      assertThat(again.path("document").path("id").asText(), is(mediaId));
    } finally {
      bot.stop();
    }
  }

  private static List<CapturedMessages.Captured> replies(RunningBot bot, int atLeast) {
    CapturedMessages captured = bot.simulator().orElseThrow().captured();
    return Eventually.await(
        Duration.ofSeconds(20),
        () -> captured.after(LEARNER, 0).stream().filter(c -> !c.body().has("status")).toList(),
        list -> list.size() >= atLeast);
  }

  /** What the simulator page opens when the learner taps the document. */
  private static byte[] download(RunningBot bot, String mediaId)
      throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + bot.port() + "/simulator/graph/uploads/" + mediaId);
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<byte[]> response =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode(), is(200));
      assertThat(response.headers().firstValue("Content-Type").orElse(""), is("application/pdf"));
      return response.body();
    }
  }
}
