package mx.aprende.bot.learning;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.Map;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mongo.MongoParameterStore;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/** A refit's new parameters reach the running bot without a restart. */
class ModelRefresherTest {

  private static double masteryAfterOneRightAnswer(ModelRefresher models) {
    LearnerTrace trace = models.get().newLearner();
    trace.observe(Attempt.of(Item.of("frac-001", "frac-leer"), true));
    return trace.mastery("frac-leer");
  }

  /** Defaults until a refit; a newly saved BKT version is used after the next refresh. */
  @Test
  void newParameterVersionsAreSwappedIn() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    MongoParameterStore store = new MongoParameterStore(db);
    try (ModelRefresher models = ModelRefresher.start(store, Duration.ZERO)) {
      double before = masteryAfterOneRightAnswer(models);
      assertThat(models.refresh(), is(false));

      BktParameters eager = new BktParameters(0.9, 0.5, 0.0, 0.05, 0.05);
      store.saveBkt(new BktModel("bkt", Map.of("frac-leer", eager), BktParameters.DEFAULT));
      assertThat(models.refresh(), is(true));

      double after = masteryAfterOneRightAnswer(models);
      assertThat(after, not(closeTo(before, 1e-9)));
      assertThat(after > before, is(true));
      assertThat(models.refresh(), is(false));
    }
  }
}
