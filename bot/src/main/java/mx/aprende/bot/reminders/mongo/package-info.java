/**
 * MongoDB adapters of reminders: schedules and the proactive-message record in the {@code
 * reminders} collection (one document per learner), and the learner directory read from the
 * conversation's {@code sessions} collection.
 */
package mx.aprende.bot.reminders.mongo;
