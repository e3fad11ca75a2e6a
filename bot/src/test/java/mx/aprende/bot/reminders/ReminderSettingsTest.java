package mx.aprende.bot.reminders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.reminders.mongo.MongoReminderStore;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

class ReminderSettingsTest {

  private static final String ANA = "5215512345678";
  private final ReminderStore store = new MongoReminderStore(MongoTestSupport.freshDatabase());
  private final ReminderSettings settings = new ReminderSettings(store);

  private Reply tap(String id) {
    List<Reply> replies =
        settings.answer(ANA, new Inbound.Choice(id, "")).orElseThrow(AssertionError::new);
    assertThat(replies.size(), is(1));
    return replies.getFirst();
  }

  /** Ajustes → days → time stores the schedule and says it back in words. */
  @Test
  void twoTapsSetTheReminders() {
    Reply.Menu days = (Reply.Menu) tap("menu:settings");
    assertThat(days.body(), startsWith("Ahora no tienes recordatorios."));
    assertThat(days.options().size(), lessThanOrEqualTo(10));
    assertThat(
        days.options().stream().map(o -> o.title().length()).toList(),
        everyItem(lessThanOrEqualTo(24)));
    assertThat(
        days.options().stream().map(Reply.Option::id).toList(), everyItem(startsWith("rem:")));

    Reply.Menu hours = (Reply.Menu) tap("rem:days:135");
    assertThat(hours.options().getFirst().title(), is("8 de la mañana"));
    assertThat(hours.options().getLast().title(), is("8 de la noche"));

    Reply.Text done = (Reply.Text) tap("rem:time:135:1800");
    assertThat(
        done.body(),
        containsString(
            "los lunes, miércoles y viernes a las 6 de la tarde, con la hora de tu estado"));
    assertThat(
        store.find(ANA).orElseThrow().schedule(),
        is(
            Optional.of(
                new Schedule(
                    Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(18, 0)))));
    assertThat(
        ((Reply.Menu) tap("menu:settings")).body(), startsWith("Ahora te recuerdo los lunes"));
  }

  /** "Sin recordatorios" removes the schedule. */
  @Test
  void remindersCanBeSwitchedOff() {
    tap("rem:time:1234567:0900");
    assertThat(store.scheduled(), is(List.of(ANA)));
    assertThat(((Reply.Text) tap("rem:off")).body(), startsWith("Listo, ya no te enviaré"));
    assertThat(store.find(ANA).orElseThrow().schedule(), is(Optional.empty()));
    assertThat(store.scheduled(), is(List.of()));
  }

  /** A forged time in quiet hours is refused: the days menu comes back, nothing stored. */
  @Test
  void quietHourTimesAreRefused() {
    assertThat(tap("rem:time:12345:2200"), is(org.hamcrest.Matchers.instanceOf(Reply.Menu.class)));
    assertThat(store.find(ANA), is(Optional.empty()));
  }

  /** Choices of other features and typed text are left to the conversation. */
  @Test
  void otherInputIsNotOurs() {
    assertThat(settings.answer(ANA, new Inbound.Choice("menu:lesson", "")), is(Optional.empty()));
    assertThat(settings.answer(ANA, new Inbound.Text("ajustes")), is(Optional.empty()));
  }
}
