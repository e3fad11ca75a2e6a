package mx.aprende.engine.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.aprende.engine.EngineException;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerHistory;

/**
 * Reads attempt logs in the {@link DatasetFormat}s into learner histories, keeping each learner's
 * attempts in file order and learners in order of first appearance. Identical items are shared, so
 * a 500k-row file costs a few tens of megabytes.
 */
public final class AttemptFiles {

  private static final Pattern SKILL_SEPARATOR = Pattern.compile("[_;]");

  private final Map<String, Item> items = new HashMap<>();
  private final Optional<QMatrix> qMatrix;
  private final int maxLearners;

  private AttemptFiles(Optional<QMatrix> qMatrix, int maxLearners) {
    this.qMatrix = qMatrix;
    this.maxLearners = maxLearners;
  }

  /** Reads {@code file} in {@code format}. */
  public static List<LearnerHistory> read(Path file, DatasetFormat format) {
    return new AttemptFiles(Optional.empty(), Integer.MAX_VALUE).readFile(file, format);
  }

  /**
   * Reads only the first {@code learners} learners of {@code file} (by first appearance), stopping
   * early: a cheap deterministic subset of a large file.
   */
  public static List<LearnerHistory> readFirst(Path file, DatasetFormat format, int learners) {
    return new AttemptFiles(Optional.empty(), learners).readFile(file, format);
  }

  /**
   * Reads {@code file} in {@code format}, taking each item's skills from {@code qMatrix} (row =
   * item id) instead of the file's skill column.
   */
  public static List<LearnerHistory> read(Path file, DatasetFormat format, QMatrix qMatrix) {
    return new AttemptFiles(Optional.of(qMatrix), Integer.MAX_VALUE).readFile(file, format);
  }

  private List<LearnerHistory> readFile(Path file, DatasetFormat format) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return switch (format) {
        case GERVET -> table(in, "\t", file);
        case CSV -> table(in, ",", file);
        case DKVMN -> threeLine(in, file);
      };
    } catch (IOException e) {
      throw new EngineException("cannot read " + file, e);
    }
  }

  private List<LearnerHistory> table(BufferedReader in, String separator, Path file)
      throws IOException {
    String header = in.readLine();
    if (header == null) {
      throw new EngineException(file + " is empty");
    }
    // A one-character literal separator takes String.split's fast path (no regex engine).
    List<String> columns = List.of(header.strip().toLowerCase(Locale.ROOT).split(separator));
    int user = column(columns, file, "user_id", "user", "student_id", "learner");
    int correct = column(columns, file, "correct");
    int item = optionalColumn(columns, "item_id", "problem_id", "item");
    int skill = optionalColumn(columns, "skill_id", "skill_name", "skill");
    int time = optionalColumn(columns, "timestamp", "time");
    if (item < 0 && skill < 0) {
      throw new EngineException(file + " has neither an item nor a skill column");
    }
    Map<String, List<Attempt>> byLearner = new LinkedHashMap<>();
    String line;
    int lineNumber = 1;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(separator, -1);
      try {
        String itemId = item >= 0 ? cells[item].strip() : cells[skill].strip();
        String skillCell = skill >= 0 ? cells[skill].strip() : itemId;
        boolean ok = parseCorrect(cells[correct].strip());
        long epochSecond = time >= 0 ? parseTime(cells[time].strip()) : 0L;
        Attempt attempt = new Attempt(item(itemId, skillCell), ok, epochSecond);
        String learner = cells[user].strip();
        List<Attempt> attempts = byLearner.get(learner);
        if (attempts == null) {
          if (byLearner.size() == maxLearners) {
            break;
          }
          attempts = new ArrayList<>();
          byLearner.put(learner, attempts);
        }
        attempts.add(attempt);
      } catch (RuntimeException e) {
        throw new EngineException(file + ":" + lineNumber + ": cannot parse '" + line + "'", e);
      }
    }
    List<LearnerHistory> result = new ArrayList<>(byLearner.size());
    byLearner.forEach((learner, attempts) -> result.add(new LearnerHistory(learner, attempts)));
    return result;
  }

  private List<LearnerHistory> threeLine(BufferedReader in, Path file) throws IOException {
    List<LearnerHistory> result = new ArrayList<>();
    String lengthLine;
    while (result.size() < maxLearners && (lengthLine = in.readLine()) != null) {
      if (lengthLine.isBlank()) {
        continue;
      }
      String ids = in.readLine();
      String answers = in.readLine();
      if (ids == null || answers == null) {
        throw new EngineException(file + ": truncated record after learner " + result.size());
      }
      int length = Integer.parseInt(lengthLine.strip().replace(",", ""));
      String[] idCells = ids.strip().split(",");
      String[] answerCells = answers.strip().split(",");
      if (idCells.length < length || answerCells.length < length) {
        throw new EngineException(
            file + ": learner " + result.size() + " is shorter than " + length);
      }
      List<Attempt> attempts = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        String id = idCells[i].strip();
        attempts.add(Attempt.of(item(id, id), parseCorrect(answerCells[i].strip())));
      }
      result.add(new LearnerHistory(Integer.toString(result.size()), attempts));
    }
    return result;
  }

  private Item item(String itemId, String skillCell) {
    return items.computeIfAbsent(
        itemId + '\u0000' + skillCell,
        key -> {
          if (qMatrix.isPresent()) {
            List<String> skills = qMatrix.get().skills(Integer.parseInt(itemId));
            if (!skills.isEmpty()) {
              return new Item(itemId, skills);
            }
          }
          return new Item(itemId, List.of(SKILL_SEPARATOR.split(skillCell)));
        });
  }

  private static boolean parseCorrect(String cell) {
    return switch (cell) {
      case "1", "1.0", "true" -> true;
      case "0", "0.0", "false" -> false;
      default -> throw new EngineException("correct must be 0 or 1, was '" + cell + "'");
    };
  }

  private static long parseTime(String cell) {
    return cell.isEmpty() ? 0L : (long) Double.parseDouble(cell);
  }

  private static int column(List<String> columns, Path file, String... names) {
    int index = optionalColumn(columns, names);
    if (index < 0) {
      throw new EngineException(file + " has no column " + String.join(" / ", names));
    }
    return index;
  }

  private static int optionalColumn(List<String> columns, String... names) {
    for (String name : names) {
      int index = columns.indexOf(name);
      if (index >= 0) {
        return index;
      }
    }
    return -1;
  }
}
