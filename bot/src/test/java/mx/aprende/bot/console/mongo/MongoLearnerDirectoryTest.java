package mx.aprende.bot.console.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Optional;
import mx.aprende.bot.conversation.Profile;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.Step;
import mx.aprende.bot.conversation.Streak;
import mx.aprende.bot.conversation.Study;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

class MongoLearnerDirectoryTest {

  private final MongoDatabase database = MongoTestSupport.freshDatabase();

  /**
   * The state a learner told the conversation during onboarding scopes them for staff: a tutor of
   * that state finds them, without anyone assigning a place by hand.
   */
  @Test
  void stateFromTheOnboardedSession() {
    Instant t = Instant.parse("2026-11-20T12:00:00Z");
    new MongoSessionStore(database, TestBots.cipher())
        .save(
            new Session(
                "lupe",
                t,
                t,
                9,
                false,
                Step.MENU,
                Optional.empty(),
                new Profile(
                    Profile.Consent.GIVEN,
                    Optional.of(t),
                    Optional.of("Lupe"),
                    Optional.of(MexicanState.JALISCO.code()),
                    Optional.of(Profile.Goal.SECUNDARIA),
                    Optional.empty(),
                    Optional.empty()),
                Study.NONE,
                Streak.NONE));
    MongoLearnerDirectory directory = new MongoLearnerDirectory(database);

    assertThat(directory.place("lupe").state(), is(Optional.of(MexicanState.JALISCO)));
    assertThat(directory.known(), hasItem("lupe"));
    assertThat(directory.place("nadie").state(), is(Optional.empty()));
  }
}
