/**
 * Staff accounts and what they may see: roles (admin, coordinator, tutor), scopes (states or a
 * center), Argon2id passwords, login lockout, browser sessions with CSRF tokens, and the audit log
 * of staff actions. Storage is behind ports; {@code console.mongo} implements them.
 */
package mx.aprende.bot.console.access;
