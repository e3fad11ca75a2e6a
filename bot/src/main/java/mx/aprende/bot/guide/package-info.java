/**
 * The offline study guide ("Descargar mi guía"): a unit's lessons, worked examples, practice and
 * answer key as a phone-friendly PDF that a learner can study without data, rendered once per unit
 * version and cached.
 */
package mx.aprende.bot.guide;
