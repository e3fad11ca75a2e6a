/**
 * Exam day in the console: which centers a staff member runs (a coordinator's state or center;
 * admins every center) and the session form's checks in words staff understand. The pages are in
 * {@code console.web}; the use cases (sessions, roster, check-in, results) are {@link
 * mx.aprende.bot.exam.ExamDay}.
 */
package mx.aprende.bot.console.exams;
