package mx.aprende.bot;

import com.mongodb.client.MongoDatabase;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import mx.aprende.bot.console.Console;
import mx.aprende.bot.console.access.AccountStore;
import mx.aprende.bot.console.access.Passwords;
import mx.aprende.bot.console.learners.EngineProgress;
import mx.aprende.bot.console.mongo.MongoAccountStore;
import mx.aprende.bot.console.mongo.MongoAttempts;
import mx.aprende.bot.console.mongo.MongoAuditLog;
import mx.aprende.bot.console.mongo.MongoDashboardSource;
import mx.aprende.bot.console.mongo.MongoFlagStore;
import mx.aprende.bot.console.mongo.MongoLearnerDirectory;
import mx.aprende.bot.console.mongo.MongoStaffSessionStore;
import mx.aprende.bot.console.mongo.MongoTakeovers;
import mx.aprende.bot.console.mongo.MongoTranscripts;
import mx.aprende.bot.content.CurriculumWatcher;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Conversations;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.inbox.LearnerLanes;
import mx.aprende.bot.inbox.mongo.MongoInbox;
import mx.aprende.bot.learning.EngineCurriculum;
import mx.aprende.bot.learning.LearningPath;
import mx.aprende.bot.learning.ModelRefresher;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.observe.MongoHealthCheck;
import mx.aprende.bot.outbox.mongo.MongoOutboundLog;
import mx.aprende.bot.settings.BotSettings;
import mx.aprende.bot.settings.Mode;
import mx.aprende.bot.settings.SettingsException;
import mx.aprende.bot.simulator.Simulator;
import mx.aprende.bot.tutor.RetrievalTutor;
import mx.aprende.bot.whatsapp.WhatsAppChannel;
import mx.aprende.bot.whatsapp.WhatsAppPersonSender;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.CloudApiSettings;
import mx.aprende.content.ContentException;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.LoadResult;
import mx.aprende.content.lucene.LuceneCurriculumSearch;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.mongo.MongoAttemptLog;
import mx.aprende.engine.mongo.MongoLearnerStates;
import mx.aprende.engine.mongo.MongoParameterStore;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.policy.SpacedReview;

/**
 * The composition root: the only place that names adapters and wires features together. Tests start
 * the same wiring with their own settings.
 */
public final class Wiring {

  /** The internal listener: health, metrics and the staff consoles. */
  public static final String CONSOLE_SOCKET = "console";

  private Wiring() {}

  /** Opens storage, builds every feature, starts the listeners and resumes unfinished work. */
  public static RunningBot start(BotSettings settings, InstantSource clock) {
    Curriculum curriculum = loadCurriculum(settings.content().curriculumDir());
    MongoStorage storage =
        MongoStorage.open(
            settings.storage().mongoUri(),
            settings.storage().dataDir(),
            settings.storage().database());
    try {
      return start(settings, storage, curriculum, clock);
    } catch (RuntimeException e) {
      storage.close();
      throw e;
    }
  }

  /**
   * Loads the curriculum, refusing to start on any problem: a learner must never meet a broken
   * exercise. {@code ./tutor content lint} shows every problem with its file and line.
   */
  public static Curriculum loadCurriculum(Path dir) {
    LoadResult result;
    try {
      result = CurriculumLoader.load(dir);
    } catch (ContentException e) {
      throw new SettingsException(
          e.getMessage() + " (set CURRICULUM_DIR to the curriculum folder)");
    }
    if (!result.problems().isEmpty()) {
      throw new SettingsException(
          "The curriculum in "
              + dir
              + " has "
              + result.problems().size()
              + " problem(s); run ./tutor content lint. First: "
              + result.problems().getFirst());
    }
    return result.curriculum();
  }

  /** Starts on an already opened storage and loaded curriculum (tests pass their own). */
  public static RunningBot start(
      BotSettings settings, MongoStorage storage, Curriculum curriculum, InstantSource clock) {
    // The fake Graph API lives on the public port, so the port must be known before wiring.
    int port = settings.server().port() == 0 ? freePort() : settings.server().port();
    URI self = URI.create("http://127.0.0.1:" + port);
    BotSettings.WhatsAppSettings whatsApp = settings.whatsApp();
    URI graphBase =
        settings.usesLocalFakeGraphApi()
            ? self.resolve(Simulator.GRAPH_PATH)
            : whatsApp.graphApiBaseUrl();

    BotMetrics metrics = new BotMetrics(Metrics.globalRegistry());
    LearnerLanes lanes = new LearnerLanes(Executors.newVirtualThreadPerTaskExecutor());
    LuceneCurriculumSearch search = LuceneCurriculumSearch.of(curriculum);
    ModelRefresher models =
        ModelRefresher.start(new MongoParameterStore(storage.database()), Duration.ofMinutes(1));
    CloudApiClient client =
        CloudApiClient.create(
            new CloudApiSettings(
                graphBase,
                whatsApp.graphApiVersion(),
                whatsApp.phoneNumberId(),
                whatsApp.accessToken(),
                whatsApp.graphApiTimeout()));
    AdaptiveEngine engine = engine(curriculum, storage, models, clock);
    Console console = console(settings, storage, curriculum, engine, client, metrics, clock);
    Conversations conversations =
        new Conversations(
            new MongoSessionStore(storage.database()),
            new Conversation(
                Catalog.from(curriculum),
                new RetrievalTutor(search, curriculum),
                new LearningPath(EngineCurriculum.from(curriculum), engine, clock)),
            console.takeovers(),
            console.watcher());
    WhatsAppChannel channel =
        WhatsAppChannel.create(
            new WhatsAppChannel.Parts(
                whatsApp.verifyToken(),
                whatsApp.appSecret(),
                whatsApp.maxWebhookBytes(),
                client,
                new MongoInbox(storage.database()),
                new MongoOutboundLog(storage.database()),
                storage::makeDurable,
                conversations,
                lanes,
                metrics,
                clock));
    Optional<Simulator> simulator =
        settings.mode() == Mode.DEVELOPMENT
            ? Optional.of(
                new Simulator(
                    self,
                    whatsApp.appSecret(),
                    whatsApp.accessToken(),
                    whatsApp.phoneNumberId(),
                    whatsApp.displayPhoneNumber(),
                    clock))
            : Optional.empty();

    WebServer server =
        WebServer.builder()
            .host(settings.server().host())
            .port(port)
            .shutdownHook(false)
            // Discovery would also mount /observe on the public port; we add it on the internal
            // one.
            .featuresDiscoverServices(false)
            .addFeature(observe(storage))
            .routing(routing -> publicRoutes(routing, channel, simulator))
            .putSocket(
                CONSOLE_SOCKET,
                socket ->
                    socket
                        .host(settings.server().consoleHost())
                        .port(settings.server().consolePort())
                        .routing(console::route))
            .build()
            .start();
    channel.processor().resumeUnfinished();
    List<AutoCloseable> resources = new ArrayList<>(List.of(models, search));
    if (settings.mode() == Mode.DEVELOPMENT) {
      // Authors see their edits in the bot's answers without a restart.
      resources.addFirst(
          CurriculumWatcher.start(
              settings.content().curriculumDir(),
              c -> search.update(c, progress -> {}),
              Duration.ofMillis(300)));
    }
    return new RunningBot(server, storage, lanes, simulator, resources, storage.description());
  }

  /**
   * The engine as the bot uses it: the newest refitted models (best-lr+ predicts, BKT gives
   * mastery; defaults until a refit), the standard policy and daily spaced review.
   */
  private static AdaptiveEngine engine(
      Curriculum curriculum, MongoStorage storage, ModelRefresher models, InstantSource clock) {
    EngineCurriculum engineCurriculum = EngineCurriculum.from(curriculum);
    Policy policy =
        new Policy(
            engineCurriculum.graph(),
            engineCurriculum.catalog(),
            SpacedReview.daily(clock),
            Policy.Config.standard());
    return new AdaptiveEngine(
        new MongoAttemptLog(storage.database()),
        new MongoLearnerStates(storage.database()),
        policy,
        models,
        clock);
  }

  /** The staff console on the internal port, with its MongoDB adapters. */
  private static Console console(
      BotSettings settings,
      MongoStorage storage,
      Curriculum curriculum,
      AdaptiveEngine engine,
      CloudApiClient client,
      BotMetrics metrics,
      InstantSource clock) {
    MongoDatabase db = storage.database();
    MongoAttempts attempts = new MongoAttempts(db);
    Map<String, String> moduleTitles = new HashMap<>();
    curriculum.modules().forEach(m -> moduleTitles.put(m.id(), m.title()));
    Map<String, String> moduleOfSkill = new HashMap<>();
    EngineCurriculum.from(curriculum)
        .graph()
        .skills()
        .forEach(skill -> moduleOfSkill.put(skill.id(), skill.module()));
    return Console.create(
        new Console.Parts(
            staffAccounts(storage),
            new MongoStaffSessionStore(db),
            new MongoAuditLog(db),
            new MongoFlagStore(db),
            attempts,
            new MongoLearnerDirectory(db),
            new MongoTranscripts(db),
            new MongoTakeovers(db),
            new WhatsAppPersonSender(client, new MongoOutboundLog(db), metrics, clock),
            new EngineProgress(
                engine, EngineCurriculum.from(curriculum).graph(), moduleTitles, attempts),
            new MongoDashboardSource(db, moduleOfSkill, moduleTitles),
            Passwords.standard(),
            settings.mode() == Mode.PRODUCTION,
            "aprende_asesor_contacto",
            "aprende_recordatorio",
            clock),
        System.out);
  }

  /** The staff account store ({@code ./tutor admin} uses it too). */
  public static AccountStore staffAccounts(MongoStorage storage) {
    return new MongoAccountStore(storage.database());
  }

  private static void publicRoutes(
      HttpRouting.Builder routing, WhatsAppChannel channel, Optional<Simulator> simulator) {
    routing.register("/webhook", channel.webhook());
    simulator.ifPresent(s -> s.route(routing));
    routing.get(
        "/",
        (req, res) -> {
          if (simulator.isPresent()) {
            res.status(Status.SEE_OTHER_303).header(HeaderNames.LOCATION, "/simulator/").send();
          } else {
            res.send("Aprende");
          }
        });
  }

  private static ObserveFeature observe(MongoStorage storage) {
    return ObserveFeature.builder()
        .observersDiscoverServices(false)
        .sockets(List.of(CONSOLE_SOCKET))
        .addObserver(
            HealthObserver.builder()
                .useSystemServices(false)
                .details(true)
                .addCheck(new MongoHealthCheck(storage::ping, storage.kind()))
                .build())
        .addObserver(MetricsObserver.create())
        .build();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free local port", e);
    }
  }
}
