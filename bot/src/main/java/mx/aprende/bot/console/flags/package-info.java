/**
 * Flags: a learner who may need a person. Rules ({@link mx.aprende.bot.console.flags.FlagRules})
 * read each turn and raise flags with a reason and severity; tutors assign and resolve them. The
 * {@code flags} collection is shared with the tutor's risk guard, which writes the same shape.
 */
package mx.aprende.bot.console.flags;
