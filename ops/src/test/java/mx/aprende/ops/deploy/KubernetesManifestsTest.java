package mx.aprende.ops.deploy;

import static mx.aprende.ops.deploy.OpsFiles.K8S;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.settings.BotSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kubernetes manifests load into fabric8's Kubernetes model with no unknown field, and use only
 * the ports, variables and paths the application has.
 */
class KubernetesManifestsTest {

  private static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.of(
          "Namespace", Namespace.class,
          "ConfigMap", ConfigMap.class,
          "Secret", Secret.class,
          "Service", Service.class,
          "Deployment", Deployment.class,
          "Ingress", Ingress.class,
          "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
          "PodDisruptionBudget", PodDisruptionBudget.class,
          "NetworkPolicy", NetworkPolicy.class);

  /** The certificate verification page (issue 7) is public next to the webhook. */
  private static final String VERIFY_PATH = "/verify";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final List<HasMetadata> RESOURCES = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    try (Stream<Path> files = Files.list(K8S)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (Object document : OpsFiles.yamlDocuments(file)) {
          Map<String, Object> yaml = OpsFiles.map(document);
          String kind = String.valueOf(yaml.get("kind"));
          if (kind.equals("Kustomization")) {
            continue;
          }
          Class<? extends HasMetadata> type = KINDS.get(kind);
          if (type == null) {
            throw new AssertionError(file + ": kind " + kind + " is not one the tests know");
          }
          RESOURCES.add(MAPPER.convertValue(yaml, type));
        }
      }
    }
  }

  private static <T extends HasMetadata> List<T> all(Class<T> type) {
    return RESOURCES.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static <T extends HasMetadata> T one(Class<T> type) {
    List<T> found = all(type);
    assertThat(type.getSimpleName(), found.size(), is(1));
    return found.getFirst();
  }

  private static Container bot() {
    return one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().getFirst();
  }

  private static int containerPort(String name) {
    return bot().getPorts().stream()
        .filter(p -> p.getName().equals(name))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container port named " + name));
  }

  /** Every kind the issue asks for is there, in the namespace, with apiVersions the model knows. */
  @Test
  void everyRequiredKindIsPresent() {
    for (Class<? extends HasMetadata> type : KINDS.values()) {
      assertThat(type.getSimpleName(), all(type), not(empty()));
    }
    for (HasMetadata resource : RESOURCES) {
      if (!(resource instanceof Namespace)) {
        assertThat(
            resource.getMetadata().getName(), resource.getMetadata().getNamespace(), is("aprende"));
      }
    }
  }

  /** No field is unknown to the model (a misspelt key would be silently ignored by kubectl). */
  @Test
  void noUnknownFields() {
    for (HasMetadata resource : RESOURCES) {
      List<String> unknown = new ArrayList<>();
      collectUnknown(resource, resource.getKind(), unknown, new IdentityHashMap<>());
      assertThat(
          resource.getKind() + " " + resource.getMetadata().getName(), unknown, is(List.of()));
    }
  }

  /** The container ports are the bot's default ports and the ConfigMap sets the same ones. */
  @Test
  void portsAreTheBotsPorts() {
    BotSettings.ServerSettings defaults = OpsFiles.defaults().server();
    assertThat(containerPort("webhook"), is(defaults.port()));
    assertThat(containerPort("console"), is(defaults.consolePort()));
    Map<String, String> config = one(ConfigMap.class).getData();
    assertThat(config.get("PORT"), is(String.valueOf(defaults.port())));
    assertThat(config.get("CONSOLE_PORT"), is(String.valueOf(defaults.consolePort())));
    // The internal port defaults to loopback, which kubelet probes and Prometheus cannot reach.
    assertThat(config.get("CONSOLE_HOST"), is("0.0.0.0"));
  }

  /** Readiness and liveness probe the health paths Wiring serves, on the internal port. */
  @Test
  void probesUseTheAppsHealthPaths() {
    Container bot = bot();
    assertProbe(bot.getReadinessProbe(), Wiring.READINESS_PATH);
    assertProbe(bot.getLivenessProbe(), Wiring.LIVENESS_PATH);
    assertProbe(bot.getStartupProbe(), Wiring.LIVENESS_PATH);
  }

  private static void assertProbe(Probe probe, String path) {
    assertThat(probe.getHttpGet().getPath(), is(path));
    assertThat(probe.getHttpGet().getPort().getStrVal(), is("console"));
  }

  /** Prometheus scrapes the metrics path on the internal port. */
  @Test
  void scrapeAnnotationsPointAtTheMetrics() {
    Map<String, String> annotations =
        one(Deployment.class).getSpec().getTemplate().getMetadata().getAnnotations();
    assertThat(annotations.get("prometheus.io/path"), is(Wiring.METRICS_PATH));
    assertThat(annotations.get("prometheus.io/port"), is(String.valueOf(containerPort("console"))));
  }

  /** ConfigMap, Secret and container env only name variables the bot (or the JVM) reads. */
  @Test
  void onlyVariablesTheBotReads() {
    Set<String> named = new TreeSet<>(one(ConfigMap.class).getData().keySet());
    Secret secret = one(Secret.class);
    named.addAll(secret.getStringData().keySet());
    assertThat(named, everyItem(is(in(BotSettings.VARIABLES))));
    for (EnvVar env : bot().getEnv()) {
      assertThat(env.getName(), is(in(launcherAndBotVariables())));
    }
    List<String> sources =
        bot().getEnvFrom().stream()
            .map(
                (EnvFromSource s) ->
                    s.getConfigMapRef() != null
                        ? s.getConfigMapRef().getName()
                        : s.getSecretRef().getName())
            .toList();
    assertThat(sources, hasItem(one(ConfigMap.class).getMetadata().getName()));
    assertThat(sources, hasItem(secret.getMetadata().getName()));
  }

  /** Production mode needs these; the Secret template carries them, with placeholders only. */
  @Test
  void secretTemplateHasPlaceholdersForEveryProductionSecret() {
    Map<String, String> data = one(Secret.class).getStringData();
    for (String name :
        List.of(
            "WHATSAPP_TOKEN",
            "WHATSAPP_APP_SECRET",
            "WHATSAPP_VERIFY_TOKEN",
            "WHATSAPP_PHONE_NUMBER_ID",
            "MONGODB_URI",
            "DATA_ENCRYPTION_KEY",
            "LEARNER_KEY_SECRET")) {
      assertThat(name, data.get(name), startsWith("CHANGE-ME"));
    }
    assertThat(data.values(), everyItem(startsWith("CHANGE-ME")));
  }

  /** Each Service selects the bot's pods and targets the named container port it is for. */
  @Test
  void servicesSelectTheBotAndSeparateThePorts() {
    Map<String, String> podLabels =
        one(Deployment.class).getSpec().getTemplate().getMetadata().getLabels();
    Map<String, String> targets = new HashMap<>();
    for (Service service : all(Service.class)) {
      assertThat(
          podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()), is(true));
      assertThat(service.getSpec().getPorts().size(), is(1));
      targets.put(
          service.getSpec().getPorts().getFirst().getTargetPort().getStrVal(),
          service.getMetadata().getName());
    }
    assertThat(targets.keySet(), is(Set.of("webhook", "console")));
  }

  /** The Ingress exposes only the webhook and /verify, and only through the webhook Service. */
  @Test
  void ingressExposesOnlyWebhookAndVerify() {
    String webhookService =
        all(Service.class).stream()
            .filter(
                s ->
                    s.getSpec().getPorts().getFirst().getTargetPort().getStrVal().equals("webhook"))
            .findFirst()
            .orElseThrow()
            .getMetadata()
            .getName();
    Set<String> paths = new TreeSet<>();
    for (var rule : one(Ingress.class).getSpec().getRules()) {
      for (HTTPIngressPath path : rule.getHttp().getPaths()) {
        paths.add(path.getPath());
        assertThat(path.getBackend().getService().getName(), is(webhookService));
      }
    }
    assertThat(paths, is(Set.of(Wiring.WEBHOOK_PATH, VERIFY_PATH)));
  }

  /** HPA scales the Deployment; PDB and NetworkPolicy select its pods. */
  @Test
  void autoscalerBudgetAndPolicyTargetTheBot() {
    Deployment deployment = one(Deployment.class);
    Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
    HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getScaleTargetRef().getKind(), is("Deployment"));
    assertThat(hpa.getSpec().getScaleTargetRef().getName(), is(deployment.getMetadata().getName()));
    assertThat(hpa.getSpec().getMinReplicas() >= 2, is(true));
    assertThat(deployment.getSpec().getReplicas() >= 2, is(true));
    Map<String, String> pdb =
        one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels();
    assertThat(podLabels.entrySet().containsAll(pdb.entrySet()), is(true));
    NetworkPolicy policy = one(NetworkPolicy.class);
    assertThat(
        podLabels
            .entrySet()
            .containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()),
        is(true));
    Set<String> allowedPorts = new TreeSet<>();
    policy
        .getSpec()
        .getIngress()
        .forEach(rule -> rule.getPorts().forEach(p -> allowedPorts.add(p.getPort().getStrVal())));
    assertThat(allowedPorts, is(Set.of("webhook", "console")));
  }

  /** The kustomization lists every manifest except the Secret template, which holds no secret. */
  @Test
  void kustomizationListsTheManifests() throws Exception {
    Map<String, Object> kustomization =
        OpsFiles.map(OpsFiles.yamlDocuments(K8S.resolve("kustomization.yaml")).getFirst());
    Set<String> listed = new TreeSet<>();
    for (Object resource : (List<?>) kustomization.get("resources")) {
      listed.add(String.valueOf(resource));
    }
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(K8S)) {
      list.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".yaml"))
          .filter(f -> !f.equals("kustomization.yaml") && !f.equals("secret.example.yaml"))
          .forEach(files::add);
    }
    assertThat(listed, is(files));
  }

  private static Set<String> launcherAndBotVariables() {
    Set<String> names = new TreeSet<>(BotSettings.VARIABLES);
    names.add("JAVA_OPTS");
    return names;
  }

  /** Walks the model's getters and collects fields the model did not recognise. */
  private static void collectUnknown(
      Object value, String where, List<String> unknown, Map<Object, Boolean> seen) {
    if (value == null || seen.put(value, true) != null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        collectUnknown(item, where + "[" + i++ + "]", unknown, seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> entries) {
      entries.forEach((k, v) -> collectUnknown(v, where + "." + k, unknown, seen));
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || Modifier.isStatic(getter.getModifiers())
          || !getter.getName().startsWith("get")
          || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object result;
      try {
        result = getter.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        continue;
      }
      String field = where + "." + getter.getName().substring(3);
      if (getter.getName().equals("getAdditionalProperties")) {
        if (result instanceof Map<?, ?> extra && !extra.isEmpty()) {
          unknown.add(where + " " + extra.keySet());
        }
      } else {
        collectUnknown(result, field, unknown, seen);
      }
    }
  }
}
