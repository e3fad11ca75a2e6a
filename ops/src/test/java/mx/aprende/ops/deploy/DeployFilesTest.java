package mx.aprende.ops.deploy;

import static mx.aprende.ops.deploy.OpsFiles.DEPLOY;
import static mx.aprende.ops.deploy.OpsFiles.ROOT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.settings.BotSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Dockerfile, compose file, env.example and README agree with the application. */
class DeployFilesTest {

  private static final Pattern ASSIGNMENT =
      Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);

  static Stream<Path> yamlFiles() {
    return OpsFiles.yamlFiles().stream();
  }

  /** Every YAML file under ops/ parses, every document of it, and none is empty. */
  @ParameterizedTest
  @MethodSource("yamlFiles")
  void everyYamlFileParses(Path file) {
    List<Object> documents = OpsFiles.yamlDocuments(file);
    assertThat(file.toString(), documents.isEmpty(), is(false));
    assertThat(documents, everyItem(instanceOf(Map.class)));
  }

  /** The YAML walk finds the files this test class is about (it is not vacuous). */
  @Test
  void yamlWalkFindsTheDeployFiles() {
    List<String> names =
        OpsFiles.yamlFiles().stream().map(p -> OpsFiles.OPS.relativize(p).toString()).toList();
    assertThat(names, hasItem("deploy/compose.yaml"));
    assertThat(names, hasItem("deploy/k8s/deployment.yaml"));
    assertThat(names, hasItem("alerts/aprende-rules.yaml"));
  }

  /** env.example names exactly the variables BotSettings reads, each once. */
  @Test
  void envExampleListsExactlyTheSettings() {
    List<String> names = assignments(OpsFiles.read(DEPLOY.resolve("env.example")));
    assertThat(new TreeSet<>(names), is(new TreeSet<>(BotSettings.VARIABLES)));
    assertThat(names.size(), is(BotSettings.VARIABLES.size()));
  }

  /**
   * The README configuration table lists every variable BotSettings reads, plus only variables the
   * launcher scripts read themselves.
   */
  @Test
  void readmeTableListsExactlyTheSettings() {
    String readme = OpsFiles.read(ROOT.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Configuration"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    Set<String> rows = new TreeSet<>();
    Matcher row =
        Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\|", Pattern.MULTILINE).matcher(section);
    while (row.find()) {
      rows.add(row.group(1));
    }
    assertThat(rows.containsAll(BotSettings.VARIABLES), is(true));
    String launcher =
        OpsFiles.read(ROOT.resolve("tutor")) + OpsFiles.read(ROOT.resolve(".mvn/select-jdk.sh"));
    for (String name : rows) {
      if (!BotSettings.VARIABLES.contains(name)) {
        assertThat(
            name + " is in the README but neither BotSettings nor the launcher reads it",
            launcher.contains("$" + name) || launcher.contains("${" + name),
            is(true));
      }
    }
  }

  /** The image runs the jar with the JVM flags ./tutor run uses, as a non-root user. */
  @Test
  void dockerfileRunsTheBotLikeTheLauncher() {
    String dockerfile = OpsFiles.read(DEPLOY.resolve("Dockerfile"));
    Matcher flags =
        Pattern.compile("JAVA_FLAGS=\\(([^)]*)\\)").matcher(OpsFiles.read(ROOT.resolve("tutor")));
    assertThat(flags.find(), is(true));
    Matcher imageFlags = Pattern.compile("JAVA_FLAGS=\"([^\"]*)\"").matcher(dockerfile);
    assertThat(imageFlags.find(), is(true));
    List<String> inImage = Arrays.asList(imageFlags.group(1).split("\\s+"));
    for (String flag : flags.group(1).trim().split("\\s+")) {
      assertThat(inImage, hasItem(flag));
    }
    assertThat(dockerfile, containsString("-jar /app/bot.jar"));
    Matcher user = Pattern.compile("^USER (\\S+)", Pattern.MULTILINE).matcher(dockerfile);
    assertThat(user.find(), is(true));
    assertThat(user.group(1).startsWith("0") || user.group(1).startsWith("root"), is(false));
  }

  /** The image exposes the bot's ports and its health check asks the readiness path. */
  @Test
  void dockerfilePortsAndHealthCheck() {
    String dockerfile = OpsFiles.read(DEPLOY.resolve("Dockerfile"));
    BotSettings.ServerSettings server = OpsFiles.defaults().server();
    assertThat(dockerfile, containsString("EXPOSE " + server.port() + " " + server.consolePort()));
    Matcher healthcheck =
        Pattern.compile("HEALTHCHECK[^\\n]*\\n\\s*CMD ([^\\n]*)").matcher(dockerfile);
    assertThat(healthcheck.find(), is(true));
    assertThat(healthcheck.group(1), containsString("${CONSOLE_PORT}" + Wiring.READINESS_PATH));
    Matcher env =
        Pattern.compile("^ENV ((?:[^\\n]*\\\\\\n)*[^\\n]*)", Pattern.MULTILINE).matcher(dockerfile);
    assertThat(env.find(), is(true));
    Set<String> allowed = new TreeSet<>(BotSettings.VARIABLES);
    allowed.addAll(List.of("JAVA_FLAGS", "JAVA_OPTS"));
    Matcher name = Pattern.compile("(?:^|\\s)([A-Z][A-Z0-9_]*)=").matcher(env.group(1));
    List<String> names = new ArrayList<>();
    while (name.find()) {
      names.add(name.group(1));
    }
    assertThat(names, hasItem("CONSOLE_HOST"));
    assertThat(names, everyItem(is(in(allowed))));
  }

  /** Compose runs the bot on a three-member replica set, with Ollama only in the llm profile. */
  @Test
  void composeHasReplicaSetBotAndOptionalOllama() {
    Map<String, Object> compose =
        OpsFiles.map(OpsFiles.yamlDocuments(DEPLOY.resolve("compose.yaml")).getFirst());
    Map<String, Object> services = OpsFiles.map(compose.get("services"));
    assertThat(
        services.keySet(), is(Set.of("mongo1", "mongo2", "mongo3", "mongo-init", "bot", "ollama")));
    for (String member : List.of("mongo1", "mongo2", "mongo3")) {
      assertThat(
          String.valueOf(OpsFiles.map(services.get(member)).get("command")),
          containsString("--replSet, rs0"));
    }
    String init = String.valueOf(OpsFiles.map(services.get("mongo-init")).get("command"));
    for (String member : List.of("mongo1:27017", "mongo2:27017", "mongo3:27017")) {
      assertThat(init, containsString(member));
    }
    assertThat(OpsFiles.map(services.get("ollama")).get("profiles"), is(List.of("llm")));

    Map<String, Object> bot = OpsFiles.map(services.get("bot"));
    Map<String, Object> env = OpsFiles.map(bot.get("environment"));
    assertThat(env.keySet(), everyItem(is(in(BotSettings.VARIABLES))));
    assertThat(
        String.valueOf(env.get("MONGODB_URI")),
        containsString("mongo1:27017,mongo2:27017,mongo3:27017/?replicaSet=rs0"));
    BotSettings.ServerSettings server = OpsFiles.defaults().server();
    assertThat(String.valueOf(env.get("PORT")), is(String.valueOf(server.port())));
    assertThat(String.valueOf(env.get("CONSOLE_PORT")), is(String.valueOf(server.consolePort())));
    assertThat(
        (List<?>) bot.get("ports"),
        is(
            List.of(
                server.port() + ":" + server.port(),
                "127.0.0.1:" + server.consolePort() + ":" + server.consolePort())));
  }

  private static List<String> assignments(String text) {
    List<String> names = new ArrayList<>();
    Matcher matcher = ASSIGNMENT.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
