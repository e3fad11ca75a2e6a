/**
 * Mastery and prediction: models that predict whether a learner will answer an item correctly and
 * update their belief from the observed outcome (Bayesian Knowledge Tracing, logistic models in the
 * PFA / Best-LR family), and the fitters that estimate their parameters from attempt histories.
 * Pure code: no I/O, no clock, randomness only through an injected seeded generator.
 */
package mx.aprende.engine.mastery;
