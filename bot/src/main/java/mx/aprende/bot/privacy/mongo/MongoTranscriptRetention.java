package mx.aprende.bot.privacy.mongo;

import static mx.aprende.bot.conversation.mongo.MongoSessionStore.LAST_TURN;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.aprende.bot.outbox.OutboxState;
import mx.aprende.bot.privacy.Transcripts;
import org.bson.conversions.Bson;

/**
 * Message text in MongoDB, forgotten by age: the outbox's finished items (bot and tutor replies,
 * the text the learner read), the outbound delivery log, the text tutors wrote in the console and
 * the language model's chat memory. Items still to be sent are never touched. Plain {@code
 * deleteMany} with range filters: both the embedded server and MongoDB support them.
 */
public final class MongoTranscriptRetention implements Transcripts {

  private static final List<String> FINAL_STATES =
      Arrays.stream(OutboxState.values())
          .filter(OutboxState::isFinal)
          .map(OutboxState::name)
          .toList();

  private final MongoDatabase database;

  public MongoTranscriptRetention(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public Map<String, Long> forgetBefore(Instant cutoff) {
    Date before = Date.from(cutoff);
    Map<String, Long> deleted = new LinkedHashMap<>();
    deleted.put(
        "outbox",
        delete(
            "outbox",
            Filters.and(
                Filters.in("state", FINAL_STATES),
                Filters.or(Filters.lt("sentAt", before), Filters.lt("finishedAt", before)))));
    deleted.put("outbound", delete("outbound", Filters.lt("sentAt", before)));
    deleted.put("tutor_messages", delete("tutor_messages", Filters.lt("at", before)));
    // Memories written before the store kept a date have no updatedAt: they are at least as old.
    deleted.put(
        "tutor_memory",
        delete(
            "tutor_memory",
            Filters.or(Filters.lt("updatedAt", before), Filters.exists("updatedAt", false))));
    // The copy of the last turn's replies kept with a session (a re-run after a crash sends it);
    // counted as the sessions it was removed from.
    deleted.put(
        "sessions.lastTurn",
        database
            .getCollection("sessions")
            .updateMany(
                Filters.and(Filters.lt("lastSeen", before), Filters.exists(LAST_TURN)),
                Updates.unset(LAST_TURN))
            .getModifiedCount());
    return deleted;
  }

  private long delete(String collection, Bson filter) {
    return database.getCollection(collection).deleteMany(filter).getDeletedCount();
  }
}
