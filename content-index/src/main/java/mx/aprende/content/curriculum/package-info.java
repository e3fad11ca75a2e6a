/**
 * The curriculum as authored in {@code curriculum/}: the model (levels, modules, units, lessons,
 * exercises, skills, glossary), its YAML loader with file:line positions, the validator that
 * reports every problem at once, and the skill graph.
 */
package mx.aprende.content.curriculum;
