package mx.aprende.bot.reminders.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Optional;
import mx.aprende.bot.templates.FilledTemplate;
import mx.aprende.bot.templates.MessageTemplate;
import mx.aprende.bot.whatsapp.client.Button;
import mx.aprende.bot.whatsapp.client.ReplyButtons;
import mx.aprende.bot.whatsapp.client.WhatsAppLimits;
import org.junit.jupiter.api.Test;

class WhatsAppProactiveSenderTest {

  /**
   * Inside the window a template goes out as ordinary buttons with the same words and payloads, so
   * a tap means the same as on the template.
   */
  @Test
  void insideTheWindowTheTemplateBecomesButtons() {
    FilledTemplate reminder = MessageTemplate.STUDY_REMINDER.fill("Ana", "Fracciones");
    ReplyButtons buttons = (ReplyButtons) WhatsAppProactiveSender.freeForm(reminder);
    assertThat(buttons.body(), is(reminder.text()));
    assertThat(
        buttons.buttons(),
        is(List.of(new Button("menu:lesson", "Empezar"), new Button("rem:skip", "Hoy no"))));
    assertThat(buttons.header(), is(Optional.empty()));
    WhatsAppLimits.check(buttons);
  }
}
