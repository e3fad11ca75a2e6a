package mx.aprende.bot.console;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.console.access.AccountStore;
import mx.aprende.bot.console.access.Passwords;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Scope;
import mx.aprende.bot.console.access.StaffAccount;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import org.bson.Document;

/** Seeds staff accounts, learner places and learning data into a test bot's database. */
final class ConsoleFixture {

  static final String PASSWORD = "contraseña-de-prueba";

  private ConsoleFixture() {}

  /** Creates an account whose password is {@link #PASSWORD} and needs no change. */
  static void account(RunningBot bot, String username, Role role, Scope scope) {
    AccountStore store = Wiring.staffAccounts(bot.storage());
    store.create(
        new StaffAccount(
            username,
            role,
            scope,
            Passwords.standard().hash(PASSWORD),
            false,
            0,
            Optional.empty()));
  }

  static Scope states(MexicanState... states) {
    return new Scope.States(Set.of(states));
  }

  static void place(RunningBot bot, String learnerKey, MexicanState state) {
    bot.storage()
        .database()
        .getCollection("learner_places")
        .insertOne(new Document("_id", learnerKey).append("state", state.code()));
  }

  /** The learner writes {@code text} through the simulator, as a phone would. */
  static void learnerSays(RunningBot bot, String waId, String text) {
    String body =
        "{\"wa_id\":\""
            + waId
            + "\",\"name\":\"Rosa\",\"type\":\"text\",\"text\":"
            + com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString()
            + "}";
    var response =
        Http.post(
            URI.create("http://127.0.0.1:" + bot.port() + "/simulator/api/messages"),
            body.getBytes(StandardCharsets.UTF_8),
            Optional.empty());
    if (response.statusCode() != 202) {
      throw new IllegalStateException("simulator refused: " + response.statusCode());
    }
  }

  /** Sessions and answers for the dashboard: learners in and out of a state, some inactive. */
  static void seedLearning(RunningBot bot, Instant now, List<String> skills) {
    var db = bot.storage().database();
    for (int i = 0; i < 6; i++) {
      String key = "52155700000" + i;
      place(bot, key, i < 4 ? MexicanState.CIUDAD_DE_MEXICO : MexicanState.JALISCO);
      Instant last = i == 3 ? now.minus(Duration.ofDays(20)) : now.minus(Duration.ofHours(i + 1));
      db.getCollection("sessions")
          .insertOne(
              new Document("_id", key)
                  .append("firstSeen", Date.from(now.minus(Duration.ofDays(25))))
                  .append("lastSeen", Date.from(last))
                  .append("turns", 10L)
                  .append("optedOut", false));
      db.getCollection("inbound")
          .insertOne(
              new Document("_id", "wamid.seed" + i)
                  .append("learner", key)
                  .append("sentAt", Date.from(last))
                  .append(
                      "raw",
                      TestBots.cipher().encrypt("{\"type\":\"text\",\"text\":{\"body\":\"hola\"}}"))
                  .append("state", "done"));
      for (int a = 0; a < 5; a++) {
        db.getCollection("attempts")
            .insertOne(
                new Document("learnerId", key)
                    .append("itemId", "item" + a)
                    .append("skills", List.of(skills.get(a % skills.size())))
                    .append("correct", (a + i) % 3 != 0)
                    .append("at", Date.from(last.minus(Duration.ofMinutes(a)))));
      }
    }
  }
}
