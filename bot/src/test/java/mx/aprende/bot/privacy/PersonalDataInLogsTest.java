package mx.aprende.bot.privacy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * No personal data in the logs: runs the conversation suite and every test package on the message
 * path (webhook, inbox, outbox, privacy, reminders, exams, tutor) while listening to every log line
 * the bot writes, our own at FINE too, and scans each line, its parameters and any stack trace for
 * a phone number or a learner's name.
 *
 * <p>Phone numbers are matched by shape (Mexican WhatsApp ids, 52 and ten digits, with or without
 * the mobile 1), so any number a test uses is caught. Names are the profile names the suites send;
 * a new test learner with a new name would need adding here, which is the price of not flagging
 * every capitalised word.
 */
class PersonalDataInLogsTest {

  private static final List<String> SUITES =
      List.of(
          "mx.aprende.bot.conversation",
          "mx.aprende.bot.whatsapp",
          "mx.aprende.bot.inbox",
          "mx.aprende.bot.outbox",
          "mx.aprende.bot.privacy",
          "mx.aprende.bot.reminders",
          "mx.aprende.bot.exam",
          "mx.aprende.bot.certificate",
          "mx.aprende.bot.tutor");

  private static final Pattern PHONE =
      Pattern.compile("(?<![0-9A-Za-z])\\+?521?\\d{10}(?![0-9A-Za-z])");

  /** Profile names and surnames the suites above give their learners. */
  private static final Pattern NAMES =
      Pattern.compile(
          "\\b(Ana|Lupe|Lupita|Rosa|Eva|Luis|Zenaida|Quetzalli|López|Díaz|Gómez|Pérez)\\b");

  /** Every suite passes while listened to, and not one log line holds a phone number or a name. */
  @Test
  void noPhoneNumbersOrNamesInAnyLogLine() {
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    Handler capture = new CapturingHandler(lines);
    Logger root = Logger.getLogger("");
    Logger ours = Logger.getLogger("mx.aprende");
    Level oursBefore = ours.getLevel();
    root.addHandler(capture);
    ours.setLevel(Level.FINE);
    TestExecutionSummary summary;
    try {
      summary = runSuites();
    } finally {
      ours.setLevel(oursBefore);
      root.removeHandler(capture);
    }

    assertThat("suites found", summary.getTestsFoundCount(), is(greaterThan(300L)));
    assertThat(failures(summary), is(empty()));
    assertThat("the capture heard the bot", lines.size(), is(greaterThan(100)));
    assertThat(
        "the erasure's log line (counts only) was heard",
        lines.stream().map(l -> l.contains("Learner data erased on request")).toList(),
        hasItem(true));
    List<String> leaks = new ArrayList<>();
    synchronized (lines) {
      for (String line : lines) {
        Matcher phone = PHONE.matcher(line);
        Matcher name = NAMES.matcher(line);
        if (phone.find()) {
          leaks.add("phone " + phone.group() + " in: " + line);
        } else if (name.find()) {
          leaks.add("name " + name.group() + " in: " + line);
        }
      }
    }
    assertThat(leaks, is(empty()));
  }

  private static TestExecutionSummary runSuites() {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    SUITES.forEach(p -> request.selectors(selectPackage(p)));
    LauncherDiscoveryRequest discovery =
        request
            .filters(
                excludeClassNamePatterns(
                    PersonalDataInLogsTest.class.getName(),
                    // Browser tests need Chromium and add no log line of their own.
                    ".*BrowserTest"))
            .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(discovery, listener);
    return listener.getSummary();
  }

  private static List<String> failures(TestExecutionSummary summary) {
    return summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
        .toList();
  }

  /** Keeps each record as the bot's formatter would print it, stack trace included. */
  private static final class CapturingHandler extends Handler {

    private final List<String> lines;
    private final Formatter formatter = new SimpleFormatter();

    CapturingHandler(List<String> lines) {
      this.lines = lines;
      setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord record) {
      StringBuilder line = new StringBuilder(record.getLoggerName() + " ");
      line.append(formatter.formatMessage(record));
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        line.append('\n').append(trace);
      }
      lines.add(line.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
