package org.losslandscape.compute.critical;

import java.util.function.DoubleUnaryOperator;

/**
 * Pennington and Bahri's law of the index fraction α of critical points against their loss ε (2017, "Geometry of
 * neural network loss surfaces via random matrix theory", ICML; the random-matrix prediction for points of small
 * index): {@code α(ε) ≈ α₀·|(ε − ε_c)/ε_c|^{3/2}} above the critical loss ε_c and 0 below it (below ε_c the Hessian
 * has no negative eigenvalues, so critical points there are minima).
 * <p>
 * The fit, by least squares on α: for a fixed ε_c the model is linear in α₀, so α₀ has its closed form
 * {@code Σ αᵢ·uᵢ / Σ uᵢ²} with {@code uᵢ = max(0, (εᵢ − ε_c)/ε_c)^k}; the remaining sum of squares is a function of
 * ε_c alone, minimised over {@code (0, max ε]} on a logarithmic grid of {@value #GRID} points and then by golden
 * section between the grid neighbours of the best. {@link #fit} does this with the exponent k = 3/2;
 * {@link #fitExponent} also frees k (the same profile over k ∈ [0.25, 6] inside each ε_c), the check that the data
 * themselves give an exponent near 3/2.
 *
 * @param criticalLoss ε_c
 * @param scale α₀
 * @param exponent k (3/2 unless fitted)
 * @param rms the root mean square of the residuals
 */
public record AlphaLaw(double criticalLoss, double scale, double exponent, double rms) {

    /** Pennington and Bahri's exponent. */
    public static final double THREE_HALVES = 1.5;
    /** Points of the logarithmic grid over ε_c. */
    static final int GRID = 400;
    private static final double MIN_EXPONENT = 0.25;
    private static final double MAX_EXPONENT = 6;

    /** @return α at loss ε by this law */
    public double at(double loss) {
        return scale * Math.pow(Math.max(0, (loss - criticalLoss) / criticalLoss), exponent);
    }

    /**
     * @param loss εᵢ, each > 0
     * @param index αᵢ
     * @return the least-squares law with k = 3/2, or null when no point has α > 0 (nothing to fit)
     */
    public static AlphaLaw fit(double[] loss, double[] index) {
        return fit(loss, index, false);
    }

    /** @return the least-squares law with ε_c, α₀ and k free, or null when no point has α > 0 */
    public static AlphaLaw fitExponent(double[] loss, double[] index) {
        return fit(loss, index, true);
    }

    private static AlphaLaw fit(double[] loss, double[] index, boolean freeExponent) {
        if (loss.length != index.length) {
            throw new IllegalArgumentException(loss.length + " losses but " + index.length + " index fractions");
        }
        double top = 0;
        boolean any = false;
        for (int i = 0; i < loss.length; i++) {
            if (!(loss[i] > 0) || !Double.isFinite(loss[i]) || !Double.isFinite(index[i])) {
                throw new IllegalArgumentException("the α law needs finite losses > 0 and finite index fractions, "
                        + "got ε = " + loss[i] + ", α = " + index[i]);
            }
            top = Math.max(top, loss[i]);
            any |= index[i] > 0;
        }
        if (!any) {
            return null;
        }
        DoubleUnaryOperator exponentAt = freeExponent
                ? c -> minimise(k -> sumOfSquares(loss, index, c, k), MIN_EXPONENT, MAX_EXPONENT, false)
                : c -> THREE_HALVES;
        double lo = top * 1e-6;
        double c = minimise(x -> sumOfSquares(loss, index, x, exponentAt.applyAsDouble(x)), lo, top, true);
        double k = exponentAt.applyAsDouble(c);
        double s = scale(loss, index, c, k);
        return new AlphaLaw(c, s, k, Math.sqrt(sumOfSquares(loss, index, c, k) / loss.length));
    }

    private static double scale(double[] loss, double[] index, double c, double k) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < loss.length; i++) {
            double u = Math.pow(Math.max(0, (loss[i] - c) / c), k);
            num += index[i] * u;
            den += u * u;
        }
        return den == 0 ? 0 : num / den;
    }

    private static double sumOfSquares(double[] loss, double[] index, double c, double k) {
        double s = scale(loss, index, c, k);
        double sum = 0;
        for (int i = 0; i < loss.length; i++) {
            double r = index[i] - s * Math.pow(Math.max(0, (loss[i] - c) / c), k);
            sum += r * r;
        }
        return sum;
    }

    /** @return the minimiser of h over [a, b]: a grid (logarithmic or linear), then golden section around the best */
    private static double minimise(DoubleUnaryOperator h, double a, double b, boolean logarithmic) {
        double[] at = new double[GRID];
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int i = 0; i < GRID; i++) {
            double t = (double) i / (GRID - 1);
            at[i] = logarithmic ? a * Math.pow(b / a, t) : a + (b - a) * t;
            double v = h.applyAsDouble(at[i]);
            if (v < bestValue) {
                bestValue = v;
                best = i;
            }
        }
        double lo = at[Math.max(0, best - 1)];
        double hi = at[Math.min(GRID - 1, best + 1)];
        double ratio = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - ratio * (hi - lo);
        double x2 = lo + ratio * (hi - lo);
        double f1 = h.applyAsDouble(x1);
        double f2 = h.applyAsDouble(x2);
        for (int i = 0; i < 60; i++) {
            if (f1 <= f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - ratio * (hi - lo);
                f1 = h.applyAsDouble(x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + ratio * (hi - lo);
                f2 = h.applyAsDouble(x2);
            }
        }
        double mid = (lo + hi) / 2;
        return h.applyAsDouble(mid) <= bestValue ? mid : at[best];
    }
}
