/**
 * "Borrar mis datos": a learner can have everything personal deleted (Mexico's LFPDPPP right of
 * cancellation) with any usual wording, typos included, after one confirmation. {@link
 * mx.aprende.bot.privacy.DataErasure} is the dialog; {@link
 * mx.aprende.bot.privacy.LearnerDataEraser} first adds the learner's progress to anonymous
 * per-module counters, then deletes the learner from every store that holds them ({@link
 * mx.aprende.bot.privacy.PersonalData}, one per collection, listed by the composition root).
 *
 * <p>Without anyone asking, {@link mx.aprende.bot.privacy.RetentionJob} deletes message text past
 * the transcript retention and erases learners silent past the inactive retention, the same way.
 */
package mx.aprende.bot.privacy;
