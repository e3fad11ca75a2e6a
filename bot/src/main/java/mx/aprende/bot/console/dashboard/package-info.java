/**
 * The coordinator dashboard: figures for a scope and a date range. {@link
 * mx.aprende.bot.console.dashboard.Dashboards} puts together the learning figures of a {@link
 * mx.aprende.bot.console.dashboard.DashboardSource} (activity, mastery, the funnel's learning
 * stages from the engine's milestones) and the exam calendar and results read through the {@link
 * mx.aprende.bot.console.dashboard.ExamFigures} port; both are computed in MongoDB by adapters in
 * {@code console.mongo}, and the whole is cached for a minute.
 */
package mx.aprende.bot.console.dashboard;
