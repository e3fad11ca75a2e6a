package mx.aprende.engine.evaluation;

/**
 * One bin of a calibration table: predictions in [{@code from}, {@code to}), how many there were,
 * their mean, and the observed rate of correct answers among them.
 */
public record CalibrationBin(
    double from, double to, int count, double meanPredicted, double observed) {}
