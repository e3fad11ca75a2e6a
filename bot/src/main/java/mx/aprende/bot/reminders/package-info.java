/**
 * The bot writing first: reminders on the days and at the time the learner chose ({@link
 * mx.aprende.bot.reminders.ReminderSettings}, reached from the menu's <em>Ajustes</em>) the weekly
 * progress (filled through the {@link mx.aprende.bot.reminders.WeeklyProgress} port) and nudges
 * after 2, 7 and 21 days of silence. {@link mx.aprende.bot.reminders.ProactiveRules} decides (never
 * in quiet hours in the learner's state's time zone, at most one a day, none after three unanswered
 * or after opting out); {@link mx.aprende.bot.reminders.ReminderJob} runs every minute with an
 * injected clock and sends through a {@link mx.aprende.bot.reminders.ProactiveSender}. Learners are
 * read through the small {@link mx.aprende.bot.reminders.LearnerDirectory} port; what this feature
 * stores lives in its own collection, keyed by learner key.
 */
package mx.aprende.bot.reminders;
