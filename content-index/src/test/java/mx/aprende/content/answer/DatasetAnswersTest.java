package mx.aprende.content.answer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mx.aprende.content.Fixtures;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.NumberKind;
import org.junit.jupiter.api.Test;

/**
 * Every gold answer of MGSM-es and MSVAMP-es (third-party data in {@code ../shared/datasets}),
 * written in each plausible form, must be read as correct. Skips when the datasets are absent.
 */
class DatasetAnswersTest {
  private static final AnswerChecker CHECKER = new AnswerChecker();

  private record Gold(BigDecimal value, boolean money) {}

  /** MGSM-es: 250 gold answers in digits, separators, words, money and decimal-comma forms. */
  @Test
  void readsEveryMgsmGoldAnswer() throws IOException {
    Path file = dataset("mgsm-es").resolve("mgsm_es.tsv");
    List<Gold> golds = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      golds.add(new Gold(new BigDecimal(columns[1].replace(",", "")), moneyLike(columns[0])));
    }
    assertThat(golds.size(), is(250));
    assertAllRead("mgsm-es", golds);
  }

  /** MSVAMP-es: 1,000 gold answers ("8.0") in the same forms. */
  @Test
  void readsEveryMsvampGoldAnswer() throws IOException {
    Path file = dataset("msvamp-es").resolve("test_Spanish.json");
    ObjectMapper json = new ObjectMapper();
    List<Gold> golds = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode row = json.readTree(line);
      golds.add(
          new Gold(
              new BigDecimal(row.get("response").asText()),
              moneyLike(row.get("m_query").asText())));
    }
    assertThat(golds.size(), is(1000));
    assertAllRead("msvamp-es", golds);
  }

  private static void assertAllRead(String name, List<Gold> golds) {
    List<String> failures = new ArrayList<>();
    int forms = 0;
    for (Gold gold : golds) {
      NumberKind kind = gold.money() ? NumberKind.MONEY : NumberKind.INTEGER;
      Answer.NumberAnswer answer =
          new Answer.NumberAnswer(
              gold.value(),
              kind,
              Optional.empty(),
              gold.money() ? Optional.of("pesos") : Optional.empty(),
              List.of());
      for (String form : forms(gold)) {
        forms++;
        AnswerCheck check = CHECKER.check(answer, form);
        if (check.verdict() != Verdict.CORRECT) {
          failures.add(gold.value().toPlainString() + " ← \"" + form + "\": " + check.verdict());
        }
      }
    }
    System.out.printf(
        "%s: %d gold answers, %d written forms, %d read correctly (%.2f %%)%n",
        name,
        golds.size(),
        forms,
        forms - failures.size(),
        100.0 * (forms - failures.size()) / forms);
    assertThat(failures, is(empty()));
  }

  /** Digits, thousands separators, words (≤ 1,000,000), decimal comma, and money forms. */
  static Set<String> forms(Gold gold) {
    long n = gold.value().stripTrailingZeros().longValueExact();
    Set<String> forms = new LinkedHashSet<>();
    String digits = Long.toString(n);
    forms.add(digits);
    forms.add(digits + ",0");
    forms.add(digits + ".0");
    if (n >= 1000) {
      forms.add(String.format(Locale.US, "%,d", n));
      forms.add(String.format(Locale.US, "%,d", n).replace(',', ' '));
      forms.add(String.format(Locale.US, "%,d", n).replace(',', '.'));
      forms.add(String.format(Locale.US, "%,d.00", n));
      forms.add(String.format(Locale.US, "%,d", n).replace(',', '.') + ",00");
    }
    if (n <= 1_000_000) {
      forms.add(SpanishWords.of(n));
      forms.add(capitalised(SpanishWords.of(n)));
    }
    if (gold.money()) {
      forms.add("$" + digits);
      forms.add("$" + String.format(Locale.US, "%,d", n));
      forms.add("$" + String.format(Locale.US, "%,d.00", n));
      forms.add("$ " + digits);
      forms.add(digits + " pesos");
      forms.add(String.format(Locale.US, "%,d", n) + " pesos");
      forms.add(digits + ",00 pesos");
      if (n <= 1_000_000) {
        forms.add(SpanishWords.of(n) + " pesos");
      }
    }
    return forms;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean moneyLike(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    return q.contains("$") || q.contains("peso") || q.contains("dólar") || q.contains("dolar");
  }

  private static Path dataset(String name) {
    Optional<Path> shared = Fixtures.sharedDir();
    assumeTrue(shared.isPresent(), "../shared is not on this machine");
    Path dir = shared.get().resolve("datasets/content").resolve(name);
    assumeTrue(Files.isDirectory(dir), name + " is not in ../shared/datasets/content");
    return dir;
  }
}
