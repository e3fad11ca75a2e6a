package mx.aprende.bot.tutor.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import mx.aprende.bot.tutor.TutorUnavailableException;

/**
 * A LangChain4j {@link ChatModel} speaking Ollama's native {@code POST /api/chat} (non-streaming).
 * We speak it ourselves because {@code langchain4j-ollama} has no release matching our LangChain4j
 * version; only text messages are needed.
 */
public final class OllamaChat implements ChatModel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI chatUri;
  private final String model;
  private final Duration timeout;
  private final int maxOutputTokens;

  public OllamaChat(URI baseUrl, String model, Duration timeout, int maxOutputTokens) {
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.chatUri = URI.create(base + "/api/chat");
    this.model = model;
    this.timeout = timeout;
    this.maxOutputTokens = maxOutputTokens;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    ObjectNode body = JSON.createObjectNode().put("model", model).put("stream", false);
    ArrayNode messages = body.putArray("messages");
    for (ChatMessage message : request.messages()) {
      messages.addObject().put("role", role(message)).put("content", text(message));
    }
    body.putObject("options").put("num_predict", maxOutputTokens).put("temperature", 0.3);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(chatUri)
                  .timeout(timeout)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new TutorUnavailableException("Ollama answered HTTP " + response.statusCode());
      }
      JsonNode answer = JSON.readTree(response.body());
      String content = answer.path("message").path("content").asText("");
      return ChatResponse.builder()
          .aiMessage(AiMessage.from(content))
          .modelName(model)
          .tokenUsage(
              new TokenUsage(
                  answer.path("prompt_eval_count").asInt(0), answer.path("eval_count").asInt(0)))
          .build();
    } catch (IOException e) {
      throw new TutorUnavailableException("Ollama unreachable: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TutorUnavailableException("interrupted while waiting for Ollama", e);
    }
  }

  private static String role(ChatMessage message) {
    return switch (message) {
      case SystemMessage s -> "system";
      case AiMessage a -> "assistant";
      default -> "user";
    };
  }

  private static String text(ChatMessage message) {
    return switch (message) {
      case SystemMessage s -> s.text();
      case AiMessage a -> a.text() == null ? "" : a.text();
      case UserMessage u -> u.singleText();
      default -> "";
    };
  }
}
