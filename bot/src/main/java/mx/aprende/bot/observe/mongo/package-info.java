/** MongoDB queries behind the observe gauges. */
package mx.aprende.bot.observe.mongo;
