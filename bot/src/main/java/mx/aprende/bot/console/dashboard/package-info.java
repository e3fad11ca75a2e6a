/**
 * The coordinator dashboard: figures for a scope and a date range, computed in MongoDB by a {@link
 * mx.aprende.bot.console.dashboard.DashboardSource} and cached for a minute.
 */
package mx.aprende.bot.console.dashboard;
