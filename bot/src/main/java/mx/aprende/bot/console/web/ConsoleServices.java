package mx.aprende.bot.console.web;

import java.time.InstantSource;
import mx.aprende.bot.console.access.Accounts;
import mx.aprende.bot.console.access.AuditLog;
import mx.aprende.bot.console.access.StaffSessions;
import mx.aprende.bot.console.dashboard.DashboardSource;
import mx.aprende.bot.console.flags.FlagStore;
import mx.aprende.bot.console.learners.LearnerDirectory;
import mx.aprende.bot.console.learners.LearnerProgress;
import mx.aprende.bot.console.learners.PersonChannel;
import mx.aprende.bot.console.learners.Takeovers;
import mx.aprende.bot.console.learners.Transcripts;
import mx.aprende.bot.exam.ExamDay;

/**
 * What the console's pages use.
 *
 * @param accounts staff accounts and login
 * @param sessions browser sessions
 * @param audit the audit log
 * @param flags flags
 * @param directory where learners belong
 * @param transcripts conversations
 * @param takeovers who holds which learner
 * @param channel sends what tutors write
 * @param progress learner mastery and next step
 * @param dashboards coordinator figures
 * @param clock the time
 * @param secureCookies whether cookies carry {@code Secure} (production: the console is behind TLS)
 * @param replyTemplate the approved template sent when the 24-hour window is closed
 * @param nudgeTemplate the approved template for nudging an inactive learner
 * @param exams exam day at the centers: sessions, roster, check-in and results
 */
public record ConsoleServices(
    Accounts accounts,
    StaffSessions sessions,
    AuditLog audit,
    FlagStore flags,
    LearnerDirectory directory,
    Transcripts transcripts,
    Takeovers takeovers,
    PersonChannel channel,
    LearnerProgress progress,
    DashboardSource dashboards,
    InstantSource clock,
    boolean secureCookies,
    String replyTemplate,
    String nudgeTemplate,
    ExamDay exams) {}
