package mx.aprende.content.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.content.ContentException;
import mx.aprende.content.answer.AnswerCheck;
import mx.aprende.content.answer.AnswerChecker;
import mx.aprende.content.answer.Verdict;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.NumberKind;
import mx.aprende.content.math.NumericLiteral;
import mx.aprende.content.math.Rational;

/**
 * Batch answer checking: reads JSON lines {@code {"expected": …, "answer": …, "type":
 * "number|fraction|text|choice|true-false|ordering", "options": [...]}} (optional {@code kind},
 * {@code unit}, {@code tolerance}, {@code accept-equivalent}), prints each line back with {@code
 * verdict} and {@code normalized} added, then one summary line. A malformed line becomes an {@code
 * error} entry and the run goes on.
 */
public final class CheckAnswersCli {
  private final ObjectMapper json = new ObjectMapper();
  private final AnswerChecker checker = new AnswerChecker();

  /** Counts of one run. */
  public record Summary(int lines, Map<Verdict, Integer> verdicts, int errors) {}

  /** Checks every line of {@code in}, writing results to {@code out}. */
  public Summary run(BufferedReader in, PrintStream out) throws IOException {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    int lines = 0;
    int errors = 0;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      lines++;
      try {
        ObjectNode row = checkLine(line);
        counts.merge(Verdict.valueOf(row.get("verdict").asText()), 1, Integer::sum);
        out.println(json.writeValueAsString(row));
      } catch (JsonProcessingException | ContentException e) {
        errors++;
        ObjectNode error = json.createObjectNode();
        error.put("line", lines);
        error.put("error", message(e));
        error.put("input", line);
        out.println(json.writeValueAsString(error));
      }
    }
    ObjectNode summary = json.createObjectNode();
    ObjectNode body = summary.putObject("summary");
    body.put("lines", lines);
    counts.forEach(
        (verdict, count) -> body.put(verdict.name().toLowerCase(java.util.Locale.ROOT), count));
    body.put("errors", errors);
    int checked = lines - errors;
    body.put("correct_rate", checked == 0 ? 0.0 : (double) counts.get(Verdict.CORRECT) / checked);
    out.println(json.writeValueAsString(summary));
    return new Summary(lines, counts, errors);
  }

  private ObjectNode checkLine(String line) throws JsonProcessingException {
    JsonNode node = json.readTree(line);
    if (!(node instanceof ObjectNode row)) {
      throw new ContentException("a line must be a JSON object");
    }
    JsonNode typed = require(row, "answer");
    AnswerCheck check =
        checker.check(expected(row), typed.isTextual() ? typed.asText() : typed.toString());
    row.put("verdict", check.verdict().name());
    row.put("normalized", check.normalized());
    check.misconception().ifPresent(m -> row.put("misconception", m.feedback()));
    return row;
  }

  private Answer expected(ObjectNode row) {
    String type = require(row, "type").asText();
    JsonNode expected = require(row, "expected");
    return switch (type) {
      case "number" -> {
        BigDecimal value = number(expected);
        NumberKind kind =
            Optional.ofNullable(row.get("kind"))
                .map(
                    k ->
                        NumberKind.fromId(k.asText())
                            .orElseThrow(() -> new ContentException("unknown kind " + k)))
                .orElse(
                    value.stripTrailingZeros().scale() <= 0
                        ? NumberKind.INTEGER
                        : NumberKind.DECIMAL);
        yield new Answer.NumberAnswer(
            value,
            kind,
            Optional.ofNullable(row.get("tolerance")).map(this::number),
            Optional.ofNullable(row.get("unit")).map(JsonNode::asText),
            List.of());
      }
      case "fraction" -> {
        Rational value =
            NumericLiteral.parse(expected.asText())
                .orElseThrow(() -> new ContentException("expected is not a fraction: " + expected));
        boolean equivalent =
            Optional.ofNullable(row.get("accept-equivalent")).map(JsonNode::asBoolean).orElse(true);
        yield new Answer.FractionAnswer(value, expected.asText(), equivalent, List.of());
      }
      case "text" -> new Answer.TextAnswer(strings(expected), List.of());
      case "choice" -> {
        List<String> options = strings(require(row, "options"));
        int correct = options.indexOf(expected.asText());
        if (correct < 0) {
          throw new ContentException(
              "expected \"" + expected.asText() + "\" is not one of the options");
        }
        List<Answer.Option> list = new ArrayList<>();
        for (String option : options) {
          list.add(new Answer.Option(option, Optional.empty()));
        }
        yield new Answer.Choice(list, correct);
      }
      case "true-false" -> new Answer.TrueFalse(expected.asBoolean(), Optional.empty());
      case "ordering" -> new Answer.Ordering(strings(expected));
      default -> throw new ContentException("unknown type \"" + type + "\"");
    };
  }

  private BigDecimal number(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    Rational value =
        NumericLiteral.parse(node.asText())
            .orElseThrow(() -> new ContentException("not a number: " + node));
    if (!value.terminates()) {
      throw new ContentException("expected must be a decimal number, not " + node);
    }
    return value.toBigDecimal();
  }

  private static List<String> strings(JsonNode node) {
    if (node.isArray()) {
      List<String> out = new ArrayList<>();
      node.forEach(n -> out.add(n.asText()));
      if (out.isEmpty()) {
        throw new ContentException("an empty list");
      }
      return out;
    }
    return List.of(node.asText());
  }

  private static JsonNode require(ObjectNode row, String field) {
    JsonNode value = row.get(field);
    if (value == null || value.isNull()) {
      throw new ContentException("missing \"" + field + "\"");
    }
    return value;
  }

  private static String message(Exception e) {
    if (e instanceof JsonProcessingException j) {
      return "not JSON: " + j.getOriginalMessage();
    }
    return e.getMessage();
  }
}
