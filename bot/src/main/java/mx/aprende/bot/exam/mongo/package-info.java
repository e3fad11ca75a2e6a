/** MongoDB adapters of the exam ports: centers, sessions and bookings. */
package mx.aprende.bot.exam.mongo;
