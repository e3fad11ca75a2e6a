/**
 * The search port over the curriculum: free-text questions from learners (colloquial, no accents,
 * typos) to ranked lessons with snippets that fit a WhatsApp message, and related lessons. The
 * Lucene implementation lives in {@code content.lucene}.
 */
package mx.aprende.content.search;
