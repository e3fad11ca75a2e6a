/**
 * The console's HTTP side: every endpoint in one table ({@link
 * mx.aprende.bot.console.web.Endpoint}) with the roles it admits and whether it changes state (then
 * a CSRF token is required), the pages rendered by a small escaping HTML builder, and CSV export.
 *
 * <p>Why not jte: it needs either its Maven plugin to precompile templates or the JDK compiler at
 * run time, and neither was available offline here; a 100-line builder that escapes every text and
 * attribute by construction keeps "learner text is always escaped" true without a build step.
 */
package mx.aprende.bot.console.web;
