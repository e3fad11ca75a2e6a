/**
 * MongoDB adapters of the tutor's ports: the daily token budget ({@code tutor_budget}) and urgent
 * risk flags ({@code flags}, the documents the tutors' console lists).
 */
package mx.aprende.bot.tutor.mongo;
