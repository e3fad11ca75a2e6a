/**
 * The engine's own view of a curriculum: skills with their prerequisites grouped in modules ({@link
 * mx.aprende.engine.curriculum.SkillGraph}) and the practice items of each skill ({@link
 * mx.aprende.engine.curriculum.ItemCatalog}). Built by the caller from whatever content source it
 * has; the engine does not depend on the content index.
 */
package mx.aprende.engine.curriculum;
