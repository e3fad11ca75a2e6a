/**
 * Exams at community learning centers: the centers and their exam sessions, finding the nearest
 * centers, booking a seat (atomic, never over capacity) with a short code and a QR, cancelling and
 * rescheduling, the reminder the day before, check-in and results on exam day ({@link
 * mx.aprende.bot.exam.ExamDay}, used by the console), no-shows and other problems reported for a
 * person to look at ({@link mx.aprende.bot.exam.ExamProblems}), the job that sends reminders and
 * results on one instance at a time ({@link mx.aprende.bot.exam.ExamJob}), and the learner's dialog
 * for all of it ({@link mx.aprende.bot.exam.ExamDesk}). Storage is behind ports; the MongoDB
 * adapters live in {@code exam.mongo}, the WhatsApp sender in {@code exam.whatsapp}.
 */
package mx.aprende.bot.exam;
