package mx.aprende.ops.deploy;

import io.helidon.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.settings.BotSettings;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The operator files under test and the facts of the application they must agree with. */
final class OpsFiles {

  /** The ops module (surefire runs in it). */
  static final Path OPS = Path.of("").toAbsolutePath();

  static final Path ROOT = OPS.getParent();

  static final Path DEPLOY = OPS.resolve("deploy");

  static final Path K8S = DEPLOY.resolve("k8s");

  private OpsFiles() {}

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a (multi-document) YAML file, as SnakeYAML reads it. */
  static List<Object> yamlDocuments(Path file) {
    List<Object> documents = new ArrayList<>();
    for (Object document : new Yaml(new LoaderOptions()).loadAll(read(file))) {
      if (document != null) {
        documents.add(document);
      }
    }
    return documents;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object yaml) {
    return (Map<String, Object>) yaml;
  }

  /** Every {@code .yaml}/{@code .yml} file in the ops module (not build output). */
  static List<Path> yamlFiles() {
    try (Stream<Path> files = Files.walk(OPS)) {
      return files
          .filter(f -> !f.startsWith(OPS.resolve("target")) && !f.startsWith(OPS.resolve("src")))
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The settings the bot starts with when nothing is set (application.yaml defaults). */
  static BotSettings defaults() {
    return BotSettings.load(Config.create(), Map.of());
  }

  /** Every series name the bot exports (from the metric catalogue). */
  static Set<String> exportedSeries() {
    Set<String> series = new TreeSet<>();
    BotMetrics.METERS.forEach(meter -> series.addAll(meter.prometheusSeries()));
    return series;
  }
}
