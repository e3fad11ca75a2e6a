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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import mx.aprende.bot.certificate.Certificate;
import mx.aprende.bot.certificate.CertificateRecords;
import mx.aprende.bot.certificate.Certificates;
import mx.aprende.bot.certificate.SigningKeys;
import mx.aprende.bot.certificate.Verification;
import mx.aprende.bot.certificate.VerifyPage;
import mx.aprende.bot.certificate.mongo.DevelopmentKey;
import mx.aprende.bot.certificate.mongo.MongoCertificateStore;
import mx.aprende.bot.console.Console;
import mx.aprende.bot.console.access.AccountStore;
import mx.aprende.bot.console.access.Passwords;
import mx.aprende.bot.console.dashboard.Dashboards;
import mx.aprende.bot.console.flags.ExamFlags;
import mx.aprende.bot.console.learners.EngineProgress;
import mx.aprende.bot.console.learners.PersonChannel;
import mx.aprende.bot.console.learners.SendResult;
import mx.aprende.bot.console.mongo.MongoAccountStore;
import mx.aprende.bot.console.mongo.MongoAttempts;
import mx.aprende.bot.console.mongo.MongoAuditLog;
import mx.aprende.bot.console.mongo.MongoDashboardSource;
import mx.aprende.bot.console.mongo.MongoExamFigures;
import mx.aprende.bot.console.mongo.MongoFlagStore;
import mx.aprende.bot.console.mongo.MongoStaffSessionStore;
import mx.aprende.bot.console.mongo.MongoTakeovers;
import mx.aprende.bot.console.mongo.MongoTranscripts;
import mx.aprende.bot.contacts.mongo.MongoContacts;
import mx.aprende.bot.content.CurriculumWatcher;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Conversations;
import mx.aprende.bot.conversation.Course;
import mx.aprende.bot.conversation.SessionStore;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.exam.BookingCodes;
import mx.aprende.bot.exam.EngineReadiness;
import mx.aprende.bot.exam.ExamBookings;
import mx.aprende.bot.exam.ExamDay;
import mx.aprende.bot.exam.ExamDesk;
import mx.aprende.bot.exam.ExamJob;
import mx.aprende.bot.exam.ExamNotifier;
import mx.aprende.bot.exam.ExamOutcomes;
import mx.aprende.bot.exam.ExamProblems;
import mx.aprende.bot.exam.ExamReminders;
import mx.aprende.bot.exam.ExamStore;
import mx.aprende.bot.exam.LearnerMessages;
import mx.aprende.bot.exam.Readiness;
import mx.aprende.bot.exam.Recognition;
import mx.aprende.bot.exam.SampleSessions;
import mx.aprende.bot.exam.mongo.MongoCenters;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.exam.whatsapp.WhatsAppLearnerMessages;
import mx.aprende.bot.guide.GuideMenu;
import mx.aprende.bot.guide.StudyGuide;
import mx.aprende.bot.guide.StudyGuides;
import mx.aprende.bot.guide.whatsapp.WhatsAppGuideDocuments;
import mx.aprende.bot.inbox.FloodGuard;
import mx.aprende.bot.inbox.LearnerLanes;
import mx.aprende.bot.inbox.mongo.MongoInbox;
import mx.aprende.bot.inbox.mongo.MongoLeases;
import mx.aprende.bot.learning.EngineCurriculum;
import mx.aprende.bot.learning.EngineWeeklyProgress;
import mx.aprende.bot.learning.LearningPath;
import mx.aprende.bot.learning.MilestoneBackfill;
import mx.aprende.bot.learning.ModelRefresher;
import mx.aprende.bot.learning.mongo.MongoMilestones;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.mongo.StoreOutage;
import mx.aprende.bot.observe.ActivitySampler;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.observe.MongoHealthCheck;
import mx.aprende.bot.observe.mongo.MongoLearnerActivity;
import mx.aprende.bot.outbox.Backoff;
import mx.aprende.bot.outbox.OutboxSender;
import mx.aprende.bot.outbox.mongo.MongoOutboundLog;
import mx.aprende.bot.outbox.mongo.MongoOutbox;
import mx.aprende.bot.privacy.AttemptProgress;
import mx.aprende.bot.privacy.DataErasure;
import mx.aprende.bot.privacy.LearnerDataEraser;
import mx.aprende.bot.privacy.RetentionJob;
import mx.aprende.bot.privacy.crypto.DataKeys;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.bot.privacy.crypto.LearnerKeys;
import mx.aprende.bot.privacy.crypto.mongo.DevelopmentDataKeys;
import mx.aprende.bot.privacy.mongo.MongoAnonymousAggregates;
import mx.aprende.bot.privacy.mongo.MongoInactiveLearners;
import mx.aprende.bot.privacy.mongo.MongoPersonalData;
import mx.aprende.bot.privacy.mongo.MongoTranscriptRetention;
import mx.aprende.bot.region.QuietHours;
import mx.aprende.bot.reminders.ProactiveRules;
import mx.aprende.bot.reminders.ReminderJob;
import mx.aprende.bot.reminders.ReminderSettings;
import mx.aprende.bot.reminders.mongo.MongoLearnerDirectory;
import mx.aprende.bot.reminders.mongo.MongoReminderStore;
import mx.aprende.bot.reminders.whatsapp.WhatsAppProactiveSender;
import mx.aprende.bot.settings.BotSettings;
import mx.aprende.bot.settings.Mode;
import mx.aprende.bot.settings.SettingsException;
import mx.aprende.bot.simulator.Simulator;
import mx.aprende.bot.templates.MessageTemplate;
import mx.aprende.bot.templates.ServiceWindow;
import mx.aprende.bot.tutor.Grounding;
import mx.aprende.bot.tutor.RetrievalTutor;
import mx.aprende.bot.tutor.SafeTutor;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.bot.tutor.TutorMetrics;
import mx.aprende.bot.tutor.langchain4j.ModelTutors;
import mx.aprende.bot.tutor.mongo.MongoRiskAlerts;
import mx.aprende.bot.tutor.mongo.MongoTokenBudget;
import mx.aprende.bot.whatsapp.WhatsAppChannel;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.CloudApiSettings;
import mx.aprende.content.ContentException;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.Level;
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

  /** The full privacy notice ({@code docs/privacy.md}) on the public port, for learners. */
  public static final String PRIVACY_PATH = "/privacidad";

  /** The internal listener: health, metrics and the staff consoles. */
  public static final String CONSOLE_SOCKET = "console";

  /** Where Meta posts webhooks and checks the verify token (public port). */
  public static final String WEBHOOK_PATH = "/webhook";

  /** All health checks with details (internal port). */
  public static final String HEALTH_PATH = "/observe/health";

  private static final Logger LOG = Logger.getLogger(Wiring.class.getName());

  /** The public certificate verification page, {@code /verify/{id}} (and {@code {id}.json}). */
  public static final String VERIFY_PATH = "/verify";

  /**
   * The public keys credentials name in their proofs, {@code /verify/keys/{id}} (public next to the
   * page).
   */
  public static final String KEYS_PATH = VERIFY_PATH + "/keys";

  /** 200 while the instance can take webhooks (MongoDB answers), else 503: the readiness probe. */
  public static final String READINESS_PATH = HEALTH_PATH + "/ready";

  /** 200 while the process serves requests: the liveness probe. */
  public static final String LIVENESS_PATH = HEALTH_PATH + "/live";

  /** Prometheus scrape (internal port; ask for text/plain). */
  public static final String METRICS_PATH = "/observe/metrics";

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

    DataKeys dataKeys = DevelopmentDataKeys.resolve(settings.dataProtection(), storage.database());
    FieldCipher cipher = new FieldCipher(dataKeys);
    MongoContacts contacts = new MongoContacts(storage.database(), cipher);
    BotMetrics metrics = new BotMetrics(Metrics.globalRegistry());
    LearnerLanes lanes = new LearnerLanes(Executors.newVirtualThreadPerTaskExecutor());
    LuceneCurriculumSearch search = LuceneCurriculumSearch.of(curriculum);
    ModelRefresher models =
        ModelRefresher.start(new MongoParameterStore(storage.database()), Duration.ofMinutes(1));
    MongoReminderStore reminderStore = new MongoReminderStore(storage.database());
    EngineCurriculum engineCurriculum = EngineCurriculum.from(curriculum);
    AdaptiveEngine engine = adaptiveEngine(engineCurriculum, storage, models, clock);
    CloudApiClient client =
        CloudApiClient.create(
            new CloudApiSettings(
                graphBase,
                whatsApp.graphApiVersion(),
                whatsApp.phoneNumberId(),
                whatsApp.accessToken(),
                whatsApp.graphApiTimeout()));
    BotSettings.DeliverySettings delivery = settings.delivery();
    Catalog catalog = Catalog.from(curriculum);
    MongoMilestones milestones = new MongoMilestones(storage.database());
    LearningPath learningPath = new LearningPath(engineCurriculum, engine, clock, milestones);
    // Learners from before milestones were recorded: worked out once, off the start-up path.
    Thread.ofVirtual()
        .name("milestone-backfill")
        .start(
            new MilestoneBackfill(
                engine,
                engineCurriculum,
                new MongoLearnerStates(storage.database()),
                milestones,
                clock));
    Exams exams =
        exams(settings, storage, catalog, learningPath, client, cipher, contacts, self, clock);
    // The conversation needs the console's takeovers and the channel needs the conversation, so
    // the console's person channel is connected once the channel exists (before any port opens).
    DeferredPersonChannel persons = new DeferredPersonChannel();
    Console console =
        console(
            settings, storage, curriculum, engine, persons, cipher, contacts, exams.day(), clock);
    LearnerDataEraser eraser =
        learnerDataEraser(storage, engineCurriculum, engine, contacts, clock);
    Conversations conversations =
        new Conversations(
            new MongoSessionStore(storage.database(), cipher),
            new Conversation(
                new Conversation.Parts(
                    new Course(curriculum),
                    catalog,
                    tutor(settings.tutor(), storage, cipher, curriculum, search, metrics, clock),
                    learningPath,
                    learningPath,
                    settings
                        .content()
                        .privacyNoticeUrl()
                        .orElse(self.resolve(PRIVACY_PATH))
                        .toString(),
                    exams.desk()::answer,
                    new ReminderSettings(reminderStore),
                    new GuideMenu(curriculum, new MongoLearnerStates(storage.database())))),
            new DataErasure(eraser),
            console.takeovers(),
            console.watcher());
    MongoOutboundLog outboundLog = new MongoOutboundLog(storage.database());
    WhatsAppChannel channel =
        WhatsAppChannel.create(
            new WhatsAppChannel.Parts(
                whatsApp.verifyToken(),
                whatsApp.appSecret(),
                whatsApp.maxWebhookBytes(),
                client,
                new MongoInbox(storage.database(), cipher),
                outboundLog,
                new MongoOutbox(storage.database(), cipher),
                new MongoLeases(storage.database(), java.util.UUID.randomUUID().toString(), clock),
                storage::makeDurable,
                conversations,
                lanes,
                metrics,
                clock,
                new java.security.SecureRandom(),
                new OutboxSender.Settings(
                    delivery.outboxRatePerSecond(),
                    delivery.outboxWorkers(),
                    new Backoff(delivery.retryBase(), delivery.retryCap(), delivery.maxAttempts())),
                delivery.leaseTtl(),
                new FloodGuard.Settings(delivery.floodBurst(), delivery.floodPerMinute()),
                delivery.inboxRetention(),
                new WhatsAppGuideDocuments(
                    curriculum,
                    new StudyGuides(new StudyGuide(), StudyGuides.DEFAULT_MAXIMUM_BYTES),
                    client,
                    clock),
                // Voice notes: the Graph API download, then the provider's transcription.
                ModelTutors.transcriber(settings.tutor()),
                whatsApp.graphApiTimeout().plus(settings.tutor().timeout()),
                new LearnerKeys(dataKeys),
                contacts,
                StoreOutage::causes,
                // A scan per message on the embedded server, whose in-process lanes already keep a
                // learner's order: only where peers can exist.
                storage.isShared()));
    persons.connect(channel.persons());
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

    // Older messages first: a learner's next webhook must queue behind what a crash left
    // unfinished.
    channel.resume();
    WebServer server =
        WebServer.builder()
            .host(settings.server().host())
            .port(port)
            .shutdownHook(false)
            // Discovery would also mount /observe on the public port; we add it on the internal
            // one.
            .featuresDiscoverServices(false)
            .addFeature(observe(storage))
            .routing(routing -> publicRoutes(routing, channel, simulator, exams.certificates()))
            .putSocket(
                CONSOLE_SOCKET,
                socket ->
                    socket
                        .host(settings.server().consoleHost())
                        .port(settings.server().consolePort())
                        .routing(console::route))
            .build()
            .start();
    channel.start();
    List<AutoCloseable> resources = new ArrayList<>(List.of(channel, models, search, exams.jobs()));
    resources.add(
        ActivitySampler.start(
            new MongoLearnerActivity(storage.database()),
            storage::ping,
            metrics,
            clock,
            Duration.ofMinutes(1)));
    resources.addFirst(
        reminders(
            new ReminderJob(
                new MongoLearnerDirectory(storage.database(), cipher),
                reminderStore,
                new ProactiveRules(QuietHours.DEFAULT),
                new WhatsAppProactiveSender(client, contacts, outboundLog, clock),
                ServiceWindow.WHATSAPP,
                new EngineWeeklyProgress(
                    new MongoAttemptLog(storage.database()),
                    engine,
                    engineCurriculum.graph(),
                    curriculum.modules().stream()
                        .collect(Collectors.toMap(m -> m.id(), m -> m.title()))),
                clock)));
    resources.addFirst(retention(settings.retention(), storage, eraser, clock));
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
   * The exam feature: the learner's dialog, the background job (reminders, results) and the
   * certificates a pass earns (absent in production without a signing key).
   */
  record Exams(
      ExamDesk desk, ExamDay day, AutoCloseable jobs, Optional<Certificates> certificates) {}

  private static Exams exams(
      BotSettings settings,
      MongoStorage storage,
      Catalog catalog,
      LearningPath learningPath,
      CloudApiClient client,
      FieldCipher cipher,
      MongoContacts contacts,
      URI self,
      InstantSource clock) {
    MongoCenters centers = new MongoCenters(storage.database());
    MongoExamStore store = new MongoExamStore(storage.database(), cipher);
    if (settings.mode() == Mode.DEVELOPMENT) {
      SampleSessions.seedIfEmpty(
          centers, store, LocalDate.ofInstant(clock.instant(), ZoneId.of("America/Mexico_City")));
    }
    Readiness readiness = new EngineReadiness(catalog, learningPath, learningPath::moduleMastery);
    LearnerMessages messages = new WhatsAppLearnerMessages(client, contacts);
    Optional<Certificates> certificates =
        certificates(settings, storage, catalog, store, messages, self, clock);
    Recognition recognition = certificates.<Recognition>map(c -> c).orElse(Recognition.NONE);
    ExamOutcomes outcomes = new ExamOutcomes(catalog, store, readiness, recognition);
    ExamBookings bookings =
        new ExamBookings(store, centers, new BookingCodes(new SecureRandom()), clock);
    // Exam problems (no-shows, repeated fails, failed bookings) become flags in the tutor queue.
    ExamProblems problems = new ExamFlags(new MongoFlagStore(storage.database()), clock);
    ExamDesk desk =
        new ExamDesk(catalog, readiness, centers, store, bookings, messages, outcomes, problems);
    ExamNotifier notifier =
        new ExamNotifier(
            store,
            centers,
            new ExamReminders(QuietHours.DEFAULT),
            outcomes,
            recognition,
            messages,
            problems,
            clock);
    // One instance at a time runs the job (the lease), so reminders and notices go out once.
    ExamJob job =
        new ExamJob(
            notifier,
            new MongoLeases(storage.database(), "exam-job-" + UUID.randomUUID(), clock),
            ExamJob.TTL);
    ScheduledExecutorService jobs =
        Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("exam-jobs").factory());
    jobs.scheduleWithFixedDelay(job, 1, 60, TimeUnit.SECONDS);
    SessionStore sessions = new MongoSessionStore(storage.database(), cipher);
    ExamDay day =
        new ExamDay(
            centers,
            store,
            bookings,
            catalog,
            key -> sessions.find(key).flatMap(s -> s.profile().name()),
            // A result entered in the console reaches the learner now, not at the next minute.
            () -> jobs.execute(job),
            clock);
    AutoCloseable stop =
        () -> {
          // Stop ticking first, then hand the job to the other instances.
          jobs.close();
          job.close();
        };
    return new Exams(desk, day, stop, certificates);
  }

  /**
   * Certificates signed with CERTIFICATE_SIGNING_KEY; in development without one, with a key
   * generated once and kept in the database. In production without a key nothing is issued (a
   * warning says so) rather than issuing what nobody could verify after a restart.
   */
  private static Optional<Certificates> certificates(
      BotSettings settings,
      MongoStorage storage,
      Catalog catalog,
      ExamStore store,
      LearnerMessages messages,
      URI self,
      InstantSource clock) {
    BotSettings.CertificateSettings config = settings.certificates();
    Optional<String> key =
        config
            .signingKey()
            .or(
                () ->
                    settings.mode() == Mode.DEVELOPMENT
                        ? Optional.of(DevelopmentKey.loadOrCreate(storage.database()))
                        : Optional.empty());
    if (key.isEmpty()) {
      LOG.warning(
          "CERTIFICATE_SIGNING_KEY is not set: passed exams earn no certificates until it is");
      return Optional.empty();
    }
    String baseUrl = config.publicBaseUrl().orElse(self).toString().replaceAll("/+$", "");
    if (settings.mode() == Mode.PRODUCTION && config.publicBaseUrl().isEmpty()) {
      LOG.warning(
          "PUBLIC_BASE_URL is not set: certificates will point to this instance's own address,"
              + " which learners cannot open; set it to the public https address");
    }
    if (config.signingKey().isEmpty()) {
      LOG.info(
          "Development mode: certificates are signed with a key generated once and kept in the"
              + " database; set CERTIFICATE_SIGNING_KEY to use your own");
    }
    return Optional.of(
        new Certificates(
            new MongoCertificateStore(storage.database()),
            SigningKeys.of(config.keyId(), key.get(), config.retiredKeys()),
            catalog,
            store,
            messages,
            baseUrl,
            clock,
            new SecureRandom()));
  }

  /**
   * The tutor: retrieval only (LLM_PROVIDER=none), or a language model falling back to it; either
   * way behind the risk guard, whose urgent flags go to the {@code flags} collection.
   */
  private static Tutor tutor(
      BotSettings.TutorSettings settings,
      MongoStorage storage,
      FieldCipher cipher,
      Curriculum curriculum,
      LuceneCurriculumSearch search,
      BotMetrics metrics,
      InstantSource clock) {
    Grounding grounding = new Grounding(search, curriculum);
    Tutor retrieval = new RetrievalTutor(grounding);
    Tutor tutor =
        settings.provider() == BotSettings.LlmProvider.NONE
            ? retrieval
            : ModelTutors.tutor(
                settings,
                storage.database(),
                cipher,
                grounding,
                retrieval,
                new MongoTokenBudget(storage.database(), settings.dailyTokensPerLearner(), clock),
                new TutorMetrics() {
                  @Override
                  public void tokens(String provider, long count) {
                    metrics.tutorTokens(settings.model(), count);
                  }

                  @Override
                  public void reply(String outcome, Duration latency) {
                    metrics.tutorReply(settings.model(), outcome, latency);
                  }
                },
                Executors.newVirtualThreadPerTaskExecutor(),
                clock);
    return new SafeTutor(tutor, new MongoRiskAlerts(storage.database(), clock));
  }

  /**
   * The engine as the bot uses it: the newest refitted models (best-lr+ predicts, BKT gives
   * mastery; defaults until a refit), the standard policy and daily spaced review.
   */
  private static AdaptiveEngine adaptiveEngine(
      EngineCurriculum engineCurriculum,
      MongoStorage storage,
      ModelRefresher models,
      InstantSource clock) {
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

  /**
   * Erasing a learner ("borrar mis datos", or silence past the retention): their progress goes to
   * anonymous counters, then every collection holding them forgets them. A feature that stores
   * learner data adds its collection here ({@code ErasureCoverageTest} finds any it forgot).
   */
  private static LearnerDataEraser learnerDataEraser(
      MongoStorage storage,
      EngineCurriculum engineCurriculum,
      AdaptiveEngine engine,
      MongoContacts contacts,
      InstantSource clock) {
    Map<String, String> moduleOfSkill = new HashMap<>();
    engineCurriculum.graph().skills().forEach(s -> moduleOfSkill.put(s.id(), s.module()));
    MongoDatabase db = storage.database();
    return new LearnerDataEraser(
        new AttemptProgress(
            new MongoAttemptLog(db),
            moduleOfSkill,
            key ->
                engine.mastery(key, moduleOfSkill.keySet()).entrySet().stream()
                    .filter(e -> e.getValue().mastered())
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet())),
        new MongoAnonymousAggregates(db),
        List.of(
            new MongoPersonalData(db, "sessions", "_id"),
            new MongoPersonalData(db, "inbound", "learner"),
            new MongoPersonalData(db, "outbound", "learner"),
            new MongoPersonalData(db, MongoReminderStore.COLLECTION, "_id"),
            new MongoPersonalData(db, "learner_states", "_id"),
            new MongoPersonalData(db, MongoMilestones.COLLECTION, "_id"),
            new MongoPersonalData(db, "attempts", "learnerId"),
            new MongoPersonalData(db, "outbox", "learner"),
            new MongoPersonalData(db, "closed_windows", "_id"),
            new MongoPersonalData(db, "leases", "_id"),
            new MongoPersonalData(db, "tutor_memory", "_id"),
            new MongoPersonalData(db, "tutor_budget", "learnerKey"),
            new MongoPersonalData(db, "flags", "learnerKey"),
            new MongoPersonalData(db, "exam_bookings", "learnerKey"),
            new MongoPersonalData(db, "learner_places", "_id"),
            new MongoPersonalData(db, "takeovers", "_id"),
            new MongoPersonalData(db, "tutor_messages", "learner"),
            // Certificates stay verifiable for whoever holds the PDF, without the person.
            new CertificateRecords(new MongoCertificateStore(db), clock),
            // Last: once the contact is gone nothing links the learner key to a phone.
            contacts));
  }

  /** Forgets old message text and erases long-silent learners, once an hour. */
  private static AutoCloseable retention(
      BotSettings.RetentionSettings retention,
      MongoStorage storage,
      LearnerDataEraser eraser,
      InstantSource clock) {
    RetentionJob job =
        new RetentionJob(
            new MongoTranscriptRetention(storage.database()),
            new MongoInactiveLearners(storage.database()),
            eraser,
            retention.transcripts(),
            retention.inactiveLearners(),
            500,
            clock);
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("retention").factory());
    scheduler.scheduleWithFixedDelay(job, 5, 60, TimeUnit.MINUTES);
    return scheduler::shutdownNow;
  }

  /** Runs the reminder job every minute on one virtual thread; closing stops it. */
  private static AutoCloseable reminders(ReminderJob job) {
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("reminders").factory());
    scheduler.scheduleAtFixedRate(job, 1, 1, TimeUnit.MINUTES);
    return scheduler::shutdownNow;
  }

  /** The staff console on the internal port, with its MongoDB adapters. */
  private static Console console(
      BotSettings settings,
      MongoStorage storage,
      Curriculum curriculum,
      AdaptiveEngine engine,
      PersonChannel persons,
      FieldCipher cipher,
      MongoContacts contacts,
      ExamDay exams,
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
            new mx.aprende.bot.console.mongo.MongoLearnerDirectory(db),
            new MongoTranscripts(db, cipher, contacts),
            new MongoTakeovers(db),
            persons,
            new EngineProgress(
                engine, EngineCurriculum.from(curriculum).graph(), moduleTitles, attempts),
            new Dashboards(
                new MongoDashboardSource(db, moduleOfSkill, moduleTitles),
                new MongoExamFigures(db, examSubjects(moduleTitles))),
            Passwords.standard(),
            settings.mode() == Mode.PRODUCTION,
            MessageTemplate.TUTOR_REPLY.templateName(),
            MessageTemplate.INACTIVE_7_DAYS.templateName(),
            clock,
            exams),
        System.out);
  }

  /** What an exam session examines, as the dashboard names it: a module, or a whole level. */
  private static Map<String, String> examSubjects(Map<String, String> moduleTitles) {
    Map<String, String> subjects = new HashMap<>(moduleTitles);
    subjects.put(Level.INICIAL.id(), "Nivel inicial");
    subjects.put(Level.INTERMEDIO.id(), "Nivel intermedio (primaria)");
    subjects.put(Level.AVANZADO.id(), "Nivel avanzado (secundaria)");
    return subjects;
  }

  /**
   * The console's way to write to learners, connected to the WhatsApp channel's outbox once that
   * exists; until then (never while the console port is open) nothing is accepted.
   */
  private static final class DeferredPersonChannel implements PersonChannel {

    private volatile Optional<PersonChannel> target = Optional.empty();

    void connect(PersonChannel channel) {
      target = Optional.of(channel);
    }

    @Override
    public SendResult sendText(String address, String learnerKey, String text) {
      return target
          .map(t -> t.sendText(address, learnerKey, text))
          .orElseGet(SendResult.Unavailable::new);
    }

    @Override
    public SendResult sendTemplate(String address, String learnerKey, String templateName) {
      return target
          .map(t -> t.sendTemplate(address, learnerKey, templateName))
          .orElseGet(SendResult.Unavailable::new);
    }
  }

  /** The staff account store ({@code ./tutor admin} uses it too). */
  public static AccountStore staffAccounts(MongoStorage storage) {
    return new MongoAccountStore(storage.database());
  }

  private static void publicRoutes(
      HttpRouting.Builder routing,
      WhatsAppChannel channel,
      Optional<Simulator> simulator,
      Optional<Certificates> certificates) {
    routing.register(WEBHOOK_PATH, channel.webhook());
    certificates.ifPresent(
        c ->
            routing.get(
                KEYS_PATH + "/{id}",
                (req, res) ->
                    c.publicKeyDocument(req.path().pathParameters().get("id"))
                        .ifPresentOrElse(
                            key ->
                                res.header(HeaderNames.CONTENT_TYPE, "application/json").send(key),
                            () -> res.status(Status.NOT_FOUND_404).send())));
    certificates.ifPresent(
        c ->
            routing.get(
                VERIFY_PATH + "/{id}",
                (req, res) -> {
                  String id = req.path().pathParameters().get("id");
                  boolean json = id.endsWith(".json");
                  Verification verification =
                      c.verify(json ? id.substring(0, id.length() - ".json".length()) : id);
                  if (json) {
                    // An erased learner's record no longer holds the credential itself.
                    if (verification instanceof Verification.Valid(Certificate valid)
                        && !valid.erased()) {
                      res.header(HeaderNames.CONTENT_TYPE, "application/json").send(valid.signed());
                    } else {
                      res.status(Status.NOT_FOUND_404).send();
                    }
                    return;
                  }
                  if (verification instanceof Verification.Unknown) {
                    res.status(Status.NOT_FOUND_404);
                  }
                  res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8")
                      .send(VerifyPage.html(verification));
                }));
    routing.get(
        PRIVACY_PATH,
        (req, res) ->
            res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .send(privacyNotice()));
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

  private static byte[] privacyNotice() {
    try (var in = Wiring.class.getResourceAsStream("/privacy/privacy.md")) {
      if (in == null) {
        throw new SettingsException("privacy/privacy.md is missing from the bot's resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
