package mx.aprende.bot.reminders.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.reminders.ReminderState;
import mx.aprende.bot.reminders.ReminderStore;
import mx.aprende.bot.reminders.Schedule;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reminder state in the {@code reminders} collection, one document per learner ({@code _id} = the
 * learner key): {@code days} (ISO day numbers) and {@code at} ("HH:mm") when a schedule is set,
 * {@code lastSent}, {@code unanswered}, {@code nudged}, {@code weekly} (the last weekly progress).
 * Sends are recorded with a conditional update on {@code lastSent}, a single-document atomic
 * operation, so only one writer wins.
 */
public final class MongoReminderStore implements ReminderStore {

  /** The collection's name, for the data eraser. */
  public static final String COLLECTION = "reminders";

  private final MongoCollection<Document> reminders;

  public MongoReminderStore(MongoDatabase database) {
    this.reminders = database.getCollection(COLLECTION);
    reminders.createIndex(Indexes.ascending("days"));
  }

  @Override
  public Optional<ReminderState> find(String learnerKey) {
    return Optional.ofNullable(reminders.find(Filters.eq("_id", learnerKey)).first())
        .map(MongoReminderStore::decode);
  }

  @Override
  public void schedule(String learnerKey, Optional<Schedule> schedule) {
    Bson update =
        schedule
            .map(
                s ->
                    Updates.combine(
                        Updates.set(
                            "days", s.days().stream().map(DayOfWeek::getValue).sorted().toList()),
                        Updates.set("at", s.at().toString())))
            .orElseGet(() -> Updates.combine(Updates.unset("days"), Updates.unset("at")));
    reminders.updateOne(Filters.eq("_id", learnerKey), update, new UpdateOptions().upsert(true));
  }

  @Override
  public boolean recordSend(ReminderState next, Optional<Instant> previousSend) {
    Bson filter =
        Filters.and(
            Filters.eq("_id", next.learnerKey()),
            previousSend
                .map(at -> Filters.eq("lastSent", Date.from(at)))
                .orElseGet(() -> Filters.exists("lastSent", false)));
    Bson update =
        Updates.combine(
            Updates.set("lastSent", Date.from(next.lastSent().orElseThrow())),
            Updates.set("unanswered", next.unanswered()),
            Updates.set("nudged", next.nudgedAfterDays()),
            next.lastWeekly()
                .map(at -> Updates.set("weekly", Date.from(at)))
                .orElseGet(() -> Updates.unset("weekly")));
    try {
      UpdateResult result =
          reminders.updateOne(filter, update, new UpdateOptions().upsert(previousSend.isEmpty()));
      return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return false; // someone recorded a send first: the upsert met their document
      }
      throw e;
    }
  }

  @Override
  public List<String> scheduled() {
    List<String> keys = new ArrayList<>();
    reminders
        .find(Filters.exists("days"))
        .projection(Projections.include("_id"))
        .forEach(d -> keys.add(d.getString("_id")));
    return keys;
  }

  @Override
  public void delete(String learnerKey) {
    reminders.deleteOne(Filters.eq("_id", learnerKey));
  }

  private static ReminderState decode(Document d) {
    Optional<Schedule> schedule = Optional.empty();
    List<Integer> days = d.getList("days", Integer.class);
    if (days != null && !days.isEmpty() && d.getString("at") != null) {
      Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
      days.forEach(n -> set.add(DayOfWeek.of(n)));
      schedule = Optional.of(new Schedule(set, LocalTime.parse(d.getString("at"))));
    }
    return new ReminderState(
        d.getString("_id"),
        schedule,
        Optional.ofNullable(d.getDate("lastSent")).map(Date::toInstant),
        d.get("unanswered", 0),
        d.get("nudged", 0),
        Optional.ofNullable(d.getDate("weekly")).map(Date::toInstant));
  }
}
