/**
 * Answers to learners' free questions. {@link mx.aprende.bot.tutor.Tutor} is the port the
 * conversation calls; {@link mx.aprende.bot.tutor.RetrievalTutor} answers from the curriculum alone
 * (no LLM needed, the default); an LLM adapter comes in a {@code langchain4j} sub-package.
 */
package mx.aprende.bot.tutor;
