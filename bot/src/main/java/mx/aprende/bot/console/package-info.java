/**
 * The staff consoles on the internal port: accounts and sessions ({@code access}), flags raised by
 * rules over conversations ({@code flags}), the tutor queue with takeover ({@code learners}), the
 * coordinator dashboard ({@code dashboard}), exam day at the centers ({@code exams}), the HTTP
 * pages ({@code web}) and the MongoDB adapters ({@code mongo}). {@link
 * mx.aprende.bot.console.Console} assembles them.
 */
package mx.aprende.bot.console;
