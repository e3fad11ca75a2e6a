package mx.aprende.ops.deploy;

import static mx.aprende.ops.deploy.OpsFiles.OPS;
import static mx.aprende.ops.deploy.OpsFiles.ROOT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.whatsapp.client.ErrorCategory;
import org.junit.jupiter.api.Test;

/** Alert rules, dashboard, runbooks and docs/metrics.md use only metrics the bot exports. */
class ObservabilityFilesTest {

  private static final Pattern METRIC = Pattern.compile("\\b(aprende_[a-z0-9_]+)");

  /** The six alerts the issue names. */
  private static final Set<String> REQUIRED_ALERTS =
      Set.of(
          "AprendeWhatsAppTokenExpired",
          "AprendeSendErrorRate",
          "AprendeOutboxBacklogGrowing",
          "AprendeMongoDBDown",
          "AprendeWebhook5xx",
          "AprendeUrgentFlagUnattended");

  private static List<Map<String, Object>> rules() {
    Map<String, Object> file =
        OpsFiles.map(OpsFiles.yamlDocuments(OPS.resolve("alerts/aprende-rules.yaml")).getFirst());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (Object group : (List<?>) file.get("groups")) {
      for (Object rule : (List<?>) OpsFiles.map(group).get("rules")) {
        rules.add(OpsFiles.map(rule));
      }
    }
    return rules;
  }

  private static Set<String> metricsIn(String expression) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = METRIC.matcher(expression);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** Every alert expression names only series in the bot's scrape, and names at least one. */
  @Test
  void alertRulesUseExportedMetrics() {
    Set<String> exported = OpsFiles.exportedSeries();
    for (Map<String, Object> rule : rules()) {
      Set<String> used = metricsIn(String.valueOf(rule.get("expr")));
      assertThat(String.valueOf(rule.get("alert")), used.isEmpty(), is(false));
      assertThat(String.valueOf(rule.get("alert")), used, everyItem(is(in(exported))));
    }
  }

  /** The required alerts exist, each with a severity, a summary and a runbook page that exists. */
  @Test
  void requiredAlertsHaveRunbooks() {
    Set<String> alerts = new TreeSet<>();
    for (Map<String, Object> rule : rules()) {
      String alert = String.valueOf(rule.get("alert"));
      alerts.add(alert);
      assertThat(
          alert,
          String.valueOf(OpsFiles.map(rule.get("labels")).get("severity")),
          is(in(List.of("critical", "warning"))));
      Map<String, Object> annotations = OpsFiles.map(rule.get("annotations"));
      assertThat(alert, annotations.containsKey("summary"), is(true));
      Path runbook = ROOT.resolve(String.valueOf(annotations.get("runbook")));
      assertThat(alert + " runbook " + runbook, Files.isRegularFile(runbook), is(true));
      String page = OpsFiles.read(runbook);
      assertThat(page, containsString("# " + alert));
      for (String section : List.of("## What it means", "## How to confirm", "## How to fix")) {
        assertThat(alert, page, containsString(section));
      }
    }
    assertThat(alerts.containsAll(REQUIRED_ALERTS), is(true));
  }

  /** Every runbook page belongs to an alert (no orphan pages). */
  @Test
  void everyRunbookBelongsToAnAlert() throws IOException {
    Set<String> referenced = new TreeSet<>();
    rules()
        .forEach(
            r -> referenced.add(String.valueOf(OpsFiles.map(r.get("annotations")).get("runbook"))));
    try (Stream<Path> pages = Files.list(OPS.resolve("runbooks"))) {
      for (Path page :
          pages.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
        assertThat(ROOT.relativize(page).toString(), is(in(referenced)));
      }
    }
  }

  /**
   * The token alert's result label is the Graph error category the messenger records for auth
   * errors.
   */
  @Test
  void tokenAlertMatchesTheAuthCategory() {
    String expr =
        rules().stream()
            .filter(r -> r.get("alert").equals("AprendeWhatsAppTokenExpired"))
            .map(r -> String.valueOf(r.get("expr")))
            .findFirst()
            .orElseThrow();
    assertThat(
        expr,
        containsString("result=\"" + ErrorCategory.AUTH.name().toLowerCase(Locale.ROOT) + "\""));
    Set<String> categories = new TreeSet<>(List.of("sent", "retried", "unavailable"));
    Arrays.stream(ErrorCategory.values())
        .forEach(c -> categories.add(c.name().toLowerCase(Locale.ROOT)));
    String errorRate =
        rules().stream()
            .filter(r -> r.get("alert").equals("AprendeSendErrorRate"))
            .map(r -> String.valueOf(r.get("expr")))
            .findFirst()
            .orElseThrow();
    Matcher excluded = Pattern.compile("result!~\"([^\"]*)\"").matcher(errorRate);
    assertThat(excluded.find(), is(true));
    assertThat(List.of(excluded.group(1).split("\\|")), everyItem(is(in(categories))));
  }

  /** The dashboard is valid JSON, queries only exported series and shows every meter. */
  @Test
  void dashboardUsesAndCoversTheMetrics() throws IOException {
    JsonNode dashboard =
        new ObjectMapper().readTree(OPS.resolve("dashboards/aprende.json").toFile());
    assertThat(dashboard.path("title").asText(), is("Aprende"));
    Set<String> used = new TreeSet<>();
    for (JsonNode panel : dashboard.path("panels")) {
      for (JsonNode target : panel.path("targets")) {
        used.addAll(metricsIn(target.path("expr").asText()));
      }
    }
    assertThat(used, everyItem(is(in(OpsFiles.exportedSeries()))));
    for (BotMetrics.Meter meter : BotMetrics.METERS) {
      assertThat(
          meter.name() + " has no panel",
          used.stream().anyMatch(series -> meter.prometheusSeries().contains(series)),
          is(true));
    }
  }

  /** docs/metrics.md documents every exported meter by its Prometheus name, and no other. */
  @Test
  void metricsDocListsEveryMeter() {
    String doc = OpsFiles.read(ROOT.resolve("docs/metrics.md"));
    Set<String> documented = new TreeSet<>();
    Matcher row =
        Pattern.compile("^\\| `(aprende_[a-z0-9_]+)` \\|", Pattern.MULTILINE).matcher(doc);
    while (row.find()) {
      documented.add(row.group(1));
    }
    Set<String> declared = new TreeSet<>();
    BotMetrics.METERS.forEach(m -> declared.add(m.prometheusSeries().getFirst()));
    assertThat(documented, is(declared));
    assertThat(documented, not(is(Set.of())));
  }
}
