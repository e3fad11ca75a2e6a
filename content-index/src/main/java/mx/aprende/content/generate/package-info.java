/**
 * Parametrised exercise generators for mathematics practice: each draws numbers with a seeded
 * {@code RandomGenerator}, computes the answer exactly, fills hints and solution with the drawn
 * numbers and varies the wording among a few adult-life templates.
 */
package mx.aprende.content.generate;
