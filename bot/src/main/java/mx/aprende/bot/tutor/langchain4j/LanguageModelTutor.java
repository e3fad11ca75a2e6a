package mx.aprende.bot.tutor.langchain4j;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.tutor.AnswerLeakGuard;
import mx.aprende.bot.tutor.Grounding;
import mx.aprende.bot.tutor.HintLadder;
import mx.aprende.bot.tutor.RetrievalTutor;
import mx.aprende.bot.tutor.TokenBudget;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.bot.tutor.TutorMetrics;
import mx.aprende.content.curriculum.Exercise;

/**
 * The tutor with a language model: answers grounded in the lessons the curriculum search finds
 * (biased to the learner's module), citing the best one; Socratic hints that never give the answer
 * away before the ladder allows. Every reply passes the output guards (length, no quoting of the
 * rules, no answer to the current exercise); a rejected reply is retried once, then the retrieval
 * answer or authored hint is used. The model is never waited on longer than the timeout, a learner
 * over the daily token budget gets retrieval answers with a kind notice, and repeated questions
 * about the same lesson come from a cache. Learner text always travels as data inside tags.
 */
public final class LanguageModelTutor implements Tutor {

  private static final Logger LOG = Logger.getLogger(LanguageModelTutor.class.getName());

  /** The longest reply the rules allow (before the citation is added). */
  static final int MAX_REPLY = 600;

  /** Chat memory: the last turns, a question and its answer each. */
  static final int MEMORY_MESSAGES = 10;

  static final int PASSAGES = 3;

  /**
   * Everything the tutor needs.
   *
   * @param model the chat model (OpenAI-compatible or Ollama)
   * @param provider the provider's name, for metrics
   * @param rules the system prompt
   * @param grounding the curriculum search with citations
   * @param memory where each learner's recent turns are kept
   * @param fallback the retrieval tutor, used whenever the model is not
   * @param leaks the answer-leak guard
   * @param budget the daily token budget
   * @param metrics token and latency reporting
   * @param timeout the longest a learner waits for the model, retries included
   * @param executor runs model calls so they can be abandoned at the timeout
   */
  public record Parts(
      ChatModel model,
      String provider,
      SystemRules rules,
      Grounding grounding,
      ChatMemoryStore memory,
      Tutor fallback,
      AnswerLeakGuard leaks,
      TokenBudget budget,
      TutorMetrics metrics,
      Duration timeout,
      ExecutorService executor) {}

  private final Parts parts;
  private final Cache<String, Answer> cache =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofHours(12)).build();

  public LanguageModelTutor(Parts parts) {
    this.parts = parts;
  }

  @Override
  public Answer answer(Question question) {
    long start = System.nanoTime();
    CurriculumContentRetriever retriever =
        new CurriculumContentRetriever(parts.grounding(), question.moduleId(), PASSAGES);
    List<Content> passages = retriever.retrieve(Query.from(question.question()));
    if (passages.isEmpty()) {
      return done("off_topic", start, new Answer(Texts.OFF_TOPIC, Optional.empty()));
    }
    Optional<Source> source = parts.grounding().source(lessonId(passages.getFirst()));
    String cacheKey =
        lessonId(passages.getFirst()) + "|" + RetrievalTutor.normalise(question.question());
    if (question.exercise().isEmpty()) {
      Answer cached = cache.getIfPresent(cacheKey);
      if (cached != null) {
        return done("cached", start, cached);
      }
    }
    if (!parts.budget().allows(question.learnerKey())) {
      Answer fallback = fallback(question);
      return done(
          "budget", start, new Answer(fallback.text() + "\n\n" + Texts.BUDGET, fallback.source()));
    }
    MessageWindowChatMemory memory = memory(question.learnerKey());
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(parts.rules().text()));
    messages.addAll(memory.messages());
    messages.add(UserMessage.from(Prompts.question(passages, question.question())));
    Predicate<String> acceptable =
        reply ->
            !parts.rules().quotedIn(reply)
                && question
                    .exercise()
                    .map(e -> !parts.leaks().leaks(reply, e.answer()))
                    .orElse(true);
    Generation generation = generate(question.learnerKey(), messages, acceptable, start);
    if (!(generation instanceof Generation.Accepted accepted)) {
      return done(generation.outcome(), start, fallback(question));
    }
    memory.add(UserMessage.from(question.question()));
    memory.add(AiMessage.from(accepted.text()));
    String cite =
        source.map(s -> "\n\n" + Grounding.citation(s) + " " + Texts.OPEN_LESSON).orElse("");
    Answer answer = new Answer(accepted.text() + cite, source);
    if (question.exercise().isEmpty()) {
      cache.put(cacheKey, answer);
    }
    return done("model", start, answer);
  }

  @Override
  public Answer hint(HintRequest request) {
    long start = System.nanoTime();
    Exercise exercise = request.exercise();
    if (HintLadder.allowsAnswer(exercise.hints(), request.hintsGiven())) {
      return done("authored", start, HintLadder.authored(request));
    }
    if (!parts.budget().allows(request.learnerKey())) {
      return done("budget", start, HintLadder.authored(request));
    }
    List<Content> passages =
        new CurriculumContentRetriever(parts.grounding(), request.moduleId(), 2)
            .retrieve(Query.from(exercise.prompt()));
    List<ChatMessage> messages =
        List.of(
            SystemMessage.from(parts.rules().text()),
            UserMessage.from(Prompts.hint(passages, request)));
    Predicate<String> acceptable =
        reply -> !parts.rules().quotedIn(reply) && !parts.leaks().leaks(reply, exercise.answer());
    Generation generation = generate(request.learnerKey(), messages, acceptable, start);
    return switch (generation) {
      case Generation.Accepted accepted ->
          done("model", start, new Answer("💡 " + accepted.text(), Optional.empty()));
      case Generation.Failed failed -> done(failed.outcome(), start, HintLadder.authored(request));
    };
  }

  /** What asking the model gave: an acceptable reply, or why there is none. */
  private sealed interface Generation {
    String outcome();

    record Accepted(String text) implements Generation {
      @Override
      public String outcome() {
        return "model";
      }
    }

    /** {@code outcome}: timeout, fallback (error) or guarded (rejected twice). */
    record Failed(String outcome) implements Generation {}
  }

  /** Asks the model, and once more if the first reply is rejected, all within the timeout. */
  private Generation generate(
      String learnerKey, List<ChatMessage> messages, Predicate<String> acceptable, long start) {
    long deadline = start + parts.timeout().toNanos();
    List<ChatMessage> attempt = messages;
    for (int round = 0; round < 2; round++) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return new Generation.Failed("timeout");
      }
      ChatRequest request = ChatRequest.builder().messages(attempt).build();
      Future<ChatResponse> call = parts.executor().submit(() -> parts.model().chat(request));
      ChatResponse response;
      try {
        response = call.get(remaining, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        call.cancel(true);
        return new Generation.Failed("timeout");
      } catch (ExecutionException e) {
        LOG.log(Level.WARNING, "Language model failed: " + e.getCause().getClass().getSimpleName());
        return new Generation.Failed("fallback");
      } catch (InterruptedException e) {
        call.cancel(true);
        Thread.currentThread().interrupt();
        return new Generation.Failed("timeout");
      }
      spend(learnerKey, response);
      String text = response.aiMessage() == null ? null : response.aiMessage().text();
      if (text != null && !text.isBlank()) {
        String reply = RetrievalTutor.shorten(text.strip(), MAX_REPLY);
        if (acceptable.test(reply)) {
          return new Generation.Accepted(reply);
        }
      }
      List<ChatMessage> retry = new ArrayList<>(messages);
      retry.add(UserMessage.from(Prompts.RETRY));
      attempt = retry;
    }
    return new Generation.Failed("guarded");
  }

  /**
   * The retrieval answer; mid-exercise, when the lesson passage happens to show the exercise's
   * answer, the exercise's first authored hint instead.
   */
  private Answer fallback(Question question) {
    Answer answer = parts.fallback().answer(question);
    return question
        .exercise()
        .filter(e -> parts.leaks().leaks(answer.text(), e.answer()))
        .map(e -> new Answer(Texts.NO_SPOILER + "\n\n💡 " + e.hints().nudge(), answer.source()))
        .orElse(answer);
  }

  private void spend(String learnerKey, ChatResponse response) {
    TokenUsage usage = response.tokenUsage();
    long tokens =
        usage == null || usage.totalTokenCount() == null ? 0 : usage.totalTokenCount().longValue();
    if (tokens > 0) {
      parts.budget().spend(learnerKey, tokens);
      parts.metrics().tokens(parts.provider(), tokens);
    }
  }

  private MessageWindowChatMemory memory(String learnerKey) {
    return MessageWindowChatMemory.builder()
        .id(learnerKey)
        .maxMessages(MEMORY_MESSAGES)
        .chatMemoryStore(parts.memory())
        .build();
  }

  private Answer done(String outcome, long start, Answer answer) {
    parts.metrics().reply(outcome, Duration.ofNanos(System.nanoTime() - start));
    return answer;
  }

  private static String lessonId(Content content) {
    return content.textSegment().metadata().getString(CurriculumContentRetriever.LESSON_ID);
  }

  /** The tutor's own words (Spanish for Mexican adults). */
  static final class Texts {
    static final String OFF_TOPIC =
        "Eso no lo veo en tus lecciones. 🙂 Yo te ayudo con lo que estudias: cuentas, fracciones,"
            + " lectura, escritura y más. ¿Qué tema te está costando?";
    static final String BUDGET =
        "_Por hoy ya usaste tus explicaciones largas; mañana vuelven. Mientras, te comparto lo de"
            + " la lección._";
    static final String NO_SPOILER =
        "La lección de esto tiene justo la respuesta de tu ejercicio, así que mejor te doy una pista:";
    static final String OPEN_LESSON = "Si quieres, te la abro: escribe *lección*.";

    private Texts() {}
  }
}
