package mx.aprende.engine.evaluation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import mx.aprende.engine.mastery.BktFitter;
import mx.aprende.engine.mastery.FeatureSet;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.mastery.LogisticFitter;
import mx.aprende.engine.mastery.MasteryModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A small, deterministic slice of the real evaluation data (the first learners of each file), so a
 * regression in a model shows up in the unit tests without the minutes of a full run. The data
 * stays in {@code ../shared} (never copied); the test is skipped where it is absent.
 */
class SharedSubsetEvaluationTest {

  private static final Map<Path, List<LearnerHistory>> LOADED = new ConcurrentHashMap<>();

  private static List<LearnerHistory> load(Path file, int learners) {
    return LOADED.computeIfAbsent(
        file, f -> AttemptFiles.readFirst(f, DatasetFormat.GERVET, learners));
  }

  static Stream<Arguments> cases() {
    // dataset, train learners, test learners, model, pinned AUC range
    return Stream.of(
        // Measured 0.7265, 0.6995, 0.7505, 0.7483, 0.7161; the ranges allow small numerical changes
        // only.
        Arguments.of("statics-gervet", 40, 15, "best-lr", 0.715, 0.74),
        Arguments.of("statics-gervet", 40, 15, "bkt", 0.685, 0.715),
        Arguments.of("statics-gervet", 40, 15, "best-lr+", 0.735, 0.765),
        Arguments.of("assist09-gervet", 600, 150, "best-lr", 0.735, 0.76),
        Arguments.of("assist09-gervet", 600, 150, "bkt", 0.70, 0.73));
  }

  /** On the first learners of each data set, the pooled AUC stays in its pinned range. */
  @ParameterizedTest(name = "{0} {3}: AUC in [{4}, {5}]")
  @MethodSource("cases")
  void aucStaysInPinnedRange(
      String dataset, int trainLearners, int testLearners, String model, double low, double high) {
    String shared = System.getProperty("aprende.shared.dir", "");
    Path folder = Path.of(shared, "datasets", "kt", dataset);
    Path trainFile = folder.resolve("preprocessed_data_train.csv");
    Path testFile = folder.resolve("preprocessed_data_test.csv");
    assumeTrue(
        !shared.isEmpty() && Files.isRegularFile(trainFile) && Files.isRegularFile(testFile),
        "evaluation data not present under " + folder);
    List<LearnerHistory> train = load(trainFile, trainLearners);
    List<LearnerHistory> test = load(testFile, testLearners);
    MasteryModel fitted =
        switch (model) {
          case "best-lr" ->
              new LogisticFitter(FeatureSet.BEST_LR, LogisticFitter.Options.standard()).fit(train);
          case "best-lr+" ->
              new LogisticFitter(FeatureSet.BEST_LR_PLUS, LogisticFitter.Options.standard())
                  .fit(train);
          case "bkt" -> new BktFitter(BktFitter.Options.standard()).fit("bkt", train);
          default -> throw new IllegalArgumentException(model);
        };
    double auc = Metrics.of(Replay.run(fitted, test)).auc();
    assertThat(auc, allOf(greaterThanOrEqualTo(low), lessThanOrEqualTo(high)));
  }
}
