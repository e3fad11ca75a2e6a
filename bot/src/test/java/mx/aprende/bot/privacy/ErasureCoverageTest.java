package mx.aprende.bot.privacy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.testing.WebhookLearner;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * "Borrar mis datos" end to end, through webhooks and the real wiring: a learner who used many
 * features (onboarding, lessons, practice, a question, a shared location, a call for a person)
 * erases their data, and then no collection still holds anything that points to them.
 *
 * <p>The scan covers every collection the bot created, so a feature that starts storing learner
 * data without adding its collection to the erasure fails here.
 */
class ErasureCoverageTest {

  private static final String WA_ID = "5215587650001";
  private static final String NAME = "Zenaida Quetzalli";

  /** After erasure nothing but the erasure's own confirmation reply refers to the learner. */
  @Test
  void erasureLeavesNothingBehind() {
    RunningBot bot = TestBots.start();
    try {
      WebhookLearner learner = new WebhookLearner(bot, WA_ID, NAME);
      useManyFeatures(learner);
      MongoDatabase db = bot.storage().database();
      List<Document> sessions = db.getCollection("sessions").find().into(new ArrayList<>());
      assertThat(sessions, hasSize(1));
      String key = sessions.getFirst().get("_id").toString();
      assertThat(
          "the scan sees the learner's data before erasure",
          collectionsMentioning(db, key),
          hasItems("sessions", "inbound", "outbox", "attempts", "flags"));

      learner.say("borrar mis datos");
      learner.tap("Sí, borrar todo");
      String confirmation = learner.lastMessageId();
      assertThat(learner.lastTexts().getFirst(), containsString("Borramos tus datos"));

      List<String> left = new ArrayList<>();
      for (String collection : db.listCollectionNames()) {
        for (Document d : db.getCollection(collection).find()) {
          String json = d.toJson();
          boolean mentions = json.contains(key) || json.contains(WA_ID) || json.contains(NAME);
          if (mentions && !answers(confirmation, collection, d)) {
            left.add(collection + " " + json);
          }
        }
      }
      assertThat(left, is(empty()));
    } finally {
      bot.stop();
    }
  }

  /** Onboarding, a lesson, some practice, a question, a location and a call for a person. */
  private static void useManyFeatures(WebhookLearner learner) {
    learner.say("hola");
    learner.tap("Acepto");
    learner.tap("Sí");
    learner.tap("Sí, 15 o más");
    learner.say("vivo en Guadalajara");
    learner.tap("Sí");
    learner.tap("Primaria");
    learner.tap("Saltar");
    learner.tap("Entendido");
    learner.say("menu");
    learner.tap("Empezar");
    // Through the lesson to the first exercises: any answer counts as an attempt.
    for (int turn = 0; turn < 12; turn++) {
      if (!learner.tapIfOffered("Siguiente") && !learner.tapIfOffered("Seguir")) {
        List<String> options = learner.titles();
        if (options.isEmpty()) {
          learner.say("7");
        } else {
          learner.tap(options.getFirst());
        }
      }
    }
    learner.say("¿qué es una suma?");
    learner.shareLocation(20.6767, -103.3475);
    learner.say("quiero hablar con un asesor");
  }

  /**
   * The reply that says "we erased your data" is written after the erasure, so it stays in the
   * outbox until sent and then until the transcript retention deletes it.
   */
  private static boolean answers(String messageId, String collection, Document d) {
    return collection.equals("outbox") && messageId.equals(d.getString("source"));
  }

  private static Set<String> collectionsMentioning(MongoDatabase db, String key) {
    Set<String> names = new TreeSet<>();
    for (String collection : db.listCollectionNames()) {
      for (Document d : db.getCollection(collection).find()) {
        if (d.toJson().contains(key)) {
          names.add(collection);
          break;
        }
      }
    }
    return names;
  }
}
