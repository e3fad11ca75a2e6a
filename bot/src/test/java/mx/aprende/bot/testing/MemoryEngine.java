package mx.aprende.bot.testing;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import mx.aprende.bot.learning.EngineCurriculum;
import mx.aprende.bot.learning.LearningPath;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.policy.SpacedReview;
import mx.aprende.engine.store.AttemptLog;
import mx.aprende.engine.store.AttemptRecord;
import mx.aprende.engine.store.LearnerStateStore;

/**
 * The real adaptive engine (default BKT, standard policy, daily review) over in-memory stores, so
 * conversation tests run the engine the bot runs without a database.
 */
public final class MemoryEngine {

  private MemoryEngine() {}

  /** A learning path over {@code curriculum} whose attempts and states live in this JVM. */
  public static LearningPath learningPath(Curriculum curriculum, InstantSource clock) {
    EngineCurriculum engineCurriculum = EngineCurriculum.from(curriculum);
    Policy policy =
        new Policy(
            engineCurriculum.graph(),
            engineCurriculum.catalog(),
            SpacedReview.daily(clock),
            Policy.Config.standard());
    BktModel model = new BktModel("bkt", Map.of(), BktParameters.DEFAULT);
    AdaptiveEngine engine =
        new AdaptiveEngine(new Attempts(), new States(), policy, () -> model, clock);
    return new LearningPath(engineCurriculum, engine, clock);
  }

  private static final class Attempts implements AttemptLog {
    private final List<AttemptRecord> all = new ArrayList<>();

    @Override
    public synchronized boolean append(AttemptRecord attempt) {
      boolean known =
          all.stream()
              .anyMatch(
                  a ->
                      a.learnerId().equals(attempt.learnerId())
                          && a.itemId().equals(attempt.itemId())
                          && a.at().toEpochMilli() == attempt.at().toEpochMilli());
      if (!known) {
        all.add(attempt);
      }
      return !known;
    }

    @Override
    public synchronized List<AttemptRecord> forLearner(String learnerId) {
      return all.stream().filter(a -> a.learnerId().equals(learnerId)).toList();
    }

    @Override
    public List<LearnerHistory> histories() {
      throw new UnsupportedOperationException("conversation tests do not refit");
    }
  }

  private static final class States implements LearnerStateStore {
    private final Map<String, LearnerState> states = new HashMap<>();

    @Override
    public synchronized LearnerState load(String learnerId) {
      return states.getOrDefault(learnerId, LearnerState.fresh(learnerId));
    }

    @Override
    public synchronized LearnerState update(String learnerId, UnaryOperator<LearnerState> change) {
      LearnerState next = change.apply(load(learnerId));
      states.put(learnerId, next);
      return next;
    }
  }
}
