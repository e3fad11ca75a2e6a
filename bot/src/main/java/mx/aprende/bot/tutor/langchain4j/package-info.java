/**
 * The language-model tutor on LangChain4j: grounded answers and Socratic hints from an
 * OpenAI-compatible server or Ollama, with the curriculum as a {@code ContentRetriever},
 * per-learner memory in MongoDB through a {@code ChatMemoryStore}, output guards, a daily token
 * budget and a fallback to the retrieval tutor whenever the model is slow, failing or not allowed.
 */
package mx.aprende.bot.tutor.langchain4j;
