package mx.aprende.bot.tutor.langchain4j;

import com.mongodb.client.MongoDatabase;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.bot.settings.BotSettings.LlmProvider;
import mx.aprende.bot.settings.BotSettings.TutorSettings;
import mx.aprende.bot.tutor.AnswerLeakGuard;
import mx.aprende.bot.tutor.Grounding;
import mx.aprende.bot.tutor.TokenBudget;
import mx.aprende.bot.tutor.Transcriber;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.bot.tutor.TutorMetrics;
import mx.aprende.content.answer.AnswerChecker;

/** Builds the language-model tutor and transcriber the settings ask for. */
public final class ModelTutors {

  /** Replies are short (≤ 600 characters): this many output tokens is plenty. */
  static final int MAX_OUTPUT_TOKENS = 350;

  private ModelTutors() {}

  /** The chat model for {@code settings}; the provider must not be {@code NONE}. */
  public static ChatModel chatModel(TutorSettings settings) {
    return switch (settings.provider()) {
      case OPENAI_COMPATIBLE ->
          OpenAiChatModel.builder()
              .baseUrl(settings.baseUrl().toString())
              .apiKey(settings.apiKey())
              .modelName(settings.model())
              .timeout(settings.timeout())
              .maxRetries(0)
              .temperature(0.3)
              .maxTokens(MAX_OUTPUT_TOKENS)
              .build();
      case OLLAMA ->
          new OllamaChat(
              settings.baseUrl(), settings.model(), settings.timeout(), MAX_OUTPUT_TOKENS);
      case NONE -> throw new IllegalArgumentException("LLM_PROVIDER is none: no chat model");
    };
  }

  /**
   * The language-model tutor over {@code fallback} (the retrieval tutor), with memory in {@code
   * database}'s {@code tutor_memory}, sealed with {@code cipher}.
   */
  public static Tutor tutor(
      TutorSettings settings,
      MongoDatabase database,
      FieldCipher cipher,
      Grounding grounding,
      Tutor fallback,
      TokenBudget budget,
      TutorMetrics metrics,
      ExecutorService executor,
      InstantSource clock) {
    return new LanguageModelTutor(
        new LanguageModelTutor.Parts(
            chatModel(settings),
            settings.provider().name().toLowerCase(Locale.ROOT),
            SystemRules.shipped(),
            grounding,
            new MongoChatMemoryStore(database, cipher, clock),
            fallback,
            new AnswerLeakGuard(new AnswerChecker()),
            budget,
            metrics,
            settings.timeout(),
            executor));
  }

  /** Transcription when the provider offers it (OpenAI-compatible), otherwise none. */
  public static Transcriber transcriber(TutorSettings settings) {
    return settings.provider() == LlmProvider.OPENAI_COMPATIBLE
        ? new OpenAiTranscriber(settings.baseUrl(), settings.apiKey(), settings.timeout())
        : Transcriber.NONE;
  }
}
