/**
 * Offline evaluation of the mastery models against public knowledge-tracing data: readers for the
 * data formats, a replay that predicts each test answer before learning from it, the metrics (AUC,
 * log loss, RMSE, calibration) and the {@code kt-eval} command line. Evaluation data is read from
 * files given on the command line and is never part of the project.
 */
package mx.aprende.engine.evaluation;
