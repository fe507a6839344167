package org.losslandscape.core.results;

/**
 * The training loss along paths between two solutions (read by {@link DataProviders#CONNECTIVITY}); NaN where a
 * path was not computed.
 *
 * @param t the position on the paths, 0 at the other run's solution, 1 at this run's
 * @param line the loss along the straight line
 * @param alignedLine the loss along the line after aligning hidden units by weight matching
 * @param bezier the loss along the trained quadratic Bezier curve
 * @param otherRun the id of the other run, or "" when not recorded (files written before metadata existed)
 */
public record PathLosses(double[] t, double[] line, double[] alignedLine, double[] bezier, String otherRun) {
}
