package org.losslandscape.core.results;

/**
 * A closed range of one coordinate, as a result's metadata gives it (e.g. the x range of a surface).
 *
 * @param min the lower end
 * @param max the upper end
 */
public record Interval(double min, double max) {

    /** @return {@code n} equally spaced values from {@link #min} to {@link #max} (both included; one value: min) */
    public double[] linspace(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = n == 1 ? min : min + (max - min) * i / (n - 1);
        }
        return x;
    }
}
