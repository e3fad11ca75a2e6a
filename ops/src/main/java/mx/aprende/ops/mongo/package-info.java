/**
 * A standalone MongoDB wire-protocol server process ({@code mongo-java-server} on an H2 file) for
 * the fault runs: unlike the bot's embedded server it lives in its own process, so it can be
 * stopped, killed and restarted under a running bot, and several bots can share it.
 */
package mx.aprende.ops.mongo;
