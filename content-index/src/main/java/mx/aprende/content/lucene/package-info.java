/**
 * The Lucene implementation of the search port: Spanish analysis (stemmed with synonyms, and folded
 * unstemmed for typo-tolerant matching), one index of lessons, examples, exercises and glossary
 * terms, one {@code SearcherManager}.
 */
package mx.aprende.content.lucene;
