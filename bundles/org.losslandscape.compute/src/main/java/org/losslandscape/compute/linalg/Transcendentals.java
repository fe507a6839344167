package org.losslandscape.compute.linalg;

/**
 * The hyperbolic tangent and the logistic sigmoid over ranges of a {@code double[]}, vectorised with the Vector API
 * when the module is present, plain loops otherwise; both paths give the same bits, compiled or interpreted, for any
 * thread count (each element is computed on its own, with exactly rounded operations only, as {@link ElementWise}'s
 * exponential is).
 * <p>
 * <b>tanh</b>: with {@code u = 2|x|} and {@code m = e^u − 1}, {@code tanh|x| = m / (m + 2)}, and the sign of x is
 * copied. For {@code u ≤ ln2/2} the difference {@code e^u − 1} would cancel, so {@code m = u·Σ u^k/(k+1)!} (k ≤ 12,
 * truncation below 2e-17 relative); above, {@code m = e^u − 1} from {@link ElementWise#exp} is exact to a few units
 * in the last place (no cancellation for {@code e^u ≥ √2}). |x| is capped at 20, where tanh rounds to 1. Measured
 * against {@link Math#tanh}: at most a few units in the last place (the tests allow 1e-15 relative), ±0 and NaN kept.
 * <p>
 * <b>sigmoid</b>: {@code e = e^{−|x|}}, then {@code 1/(1+e)} for x ≥ 0 and {@code e/(1+e)} below; results below
 * {@code e^−708} (subnormal) are flushed to 0 as the exponential's are.
 * <p>
 * <b>GELU</b> (exact form {@code x·Φ(x)}): with {@code t = |x|/√2}, for {@code t ≤ 2} the Maclaurin series of
 * {@code erf t} (33 terms, Horner in t²) and {@code Φ = ½ ± ½·erf t}; above, {@code erfc t} by the continued fraction
 * {@code e^{−t²}/√π · 1/(t + ½/(t + 1/(t + 3/2/(t + …))))} evaluated bottom-up from depth 60 (Abramowitz and Stegun
 * 7.1.14), and {@code Φ = 1 − ½·erfc t} or {@code ½·erfc t}. Relative error against an accurate {@code erfc}: below
 * 1e-15 for x ≥ 0, about 1e-13 for negative x (the series' cancellation near t = 2; up to 5e-13 just above
 * x = −37.6, from the rounding of t²), and 0 below about x = −37.6, where {@code e^{−t²}} is flushed to zero. The vector path evaluates the fraction only for vectors that hold a lane above 2.
 */
public final class Transcendentals {

    /** ln2/2: below it {@code u = 2|x|} takes the series. */
    static final double SERIES_LIMIT = 0.34657359027997264;
    /** |x| cap: tanh(20) rounds to 1. */
    static final double TANH_CAP = 20;
    /** 1/(k+1)! for k = 12 … 0 (Horner order): the series of {@code (e^u − 1)/u}. */
    static final double[] EXPM1_SERIES = {
        1.0 / 6227020800.0, 1.0 / 479001600.0, 1.0 / 39916800.0, 1.0 / 3628800.0, 1.0 / 362880.0, 1.0 / 40320.0,
        1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0};

    /** Above it (t = |x|/√2) the GELU's erfc comes from the continued fraction. */
    static final double ERF_SERIES_LIMIT = 2;
    /** Depth of the erfc continued fraction: 2e-16 relative at t = 2. */
    static final int ERFC_DEPTH = 60;
    static final double INV_SQRT2 = 0.7071067811865476;
    static final double INV_SQRT_PI = 0.5641895835477563;
    /** (2/√π)·(−1)^n/(n!(2n+1)) for n = 32 … 0 (Horner order in t²): the series of erf(t)/t. */
    static final double[] ERF_SERIES = erfSeries(33);

    private static final Kernels KERNELS = Kernels.best();

    private static double[] erfSeries(int terms) {
        double[] c = new double[terms];
        double factorial = 1;
        for (int n = 0; n < terms; n++) {
            if (n > 0) {
                factorial *= n;
            }
            c[terms - 1 - n] = (n % 2 == 0 ? 2 : -2) * INV_SQRT_PI / (factorial * (2 * n + 1));
        }
        return c;
    }

    private Transcendentals() {
    }

    /** {@code y[i] = tanh(x[i])} for {@code i} in {@code [from, to)}; y may be x. */
    public static void tanh(double[] x, double[] y, int from, int to) {
        KERNELS.tanh(x, y, from, to);
    }

    /** {@code y[i] = 1/(1+e^{−x[i]})} for {@code i} in {@code [from, to)}; y may be x. */
    public static void sigmoid(double[] x, double[] y, int from, int to) {
        KERNELS.sigmoid(x, y, from, to);
    }

    /** {@code y[i] = x[i]·Φ(x[i])} (exact GELU) for {@code i} in {@code [from, to)}; y may be x. */
    public static void gelu(double[] x, double[] y, int from, int to) {
        KERNELS.gelu(x, y, from, to);
    }

    /** @return the exact GELU {@code x·Φ(x)} by the method of this class (the scalar path of the vector kernel) */
    public static double gelu(double x) {
        double t = Math.abs(x) * INV_SQRT2;
        double phi;
        if (t <= ERF_SERIES_LIMIT) {
            double u = t * t;
            double p = ERF_SERIES[0];
            for (int k = 1; k < ERF_SERIES.length; k++) {
                p = Math.fma(p, u, ERF_SERIES[k]);
            }
            double half = 0.5 * (t * p);
            phi = x >= 0 ? 0.5 + half : 0.5 - half;
        } else {
            double f = t;
            for (int n = ERFC_DEPTH; n > 0; n--) {
                f = t + (0.5 * n) / f;
            }
            double halfErfc = 0.5 * (ElementWise.exp(-(t * t)) * INV_SQRT_PI / f);
            phi = x >= 0 ? 1 - halfErfc : halfErfc;
        }
        return x * phi;
    }

    /** @return tanh x by the method of this class (the scalar path of the vector kernel) */
    public static double tanh(double x) {
        double u = 2 * Math.min(Math.abs(x), TANH_CAP);
        double m;
        if (u <= SERIES_LIMIT) {
            double p = EXPM1_SERIES[0];
            for (int k = 1; k < EXPM1_SERIES.length; k++) {
                p = Math.fma(p, u, EXPM1_SERIES[k]);
            }
            m = u * p;
        } else {
            m = ElementWise.exp(u) - 1;
        }
        double t = m / (m + 2);
        return Double.isNaN(x) ? x : Math.copySign(t, x);
    }

    /** @return the logistic sigmoid by the method of this class (the scalar path of the vector kernel) */
    public static double sigmoid(double x) {
        double e = ElementWise.exp(-Math.abs(x));
        double d = 1 + e;
        return x >= 0 ? 1 / d : e / d;
    }

    /** Strategy interface so the vector class is only loaded when its module is present. */
    interface Kernels {
        void tanh(double[] x, double[] y, int from, int to);

        void sigmoid(double[] x, double[] y, int from, int to);

        void gelu(double[] x, double[] y, int from, int to);

        static Kernels best() {
            if (!Boolean.getBoolean("landscape.scalar")
                    && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
                try {
                    return (Kernels) Class.forName("org.losslandscape.compute.linalg.VectorTranscendentals")
                            .getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    // fall back to the scalar loops
                }
            }
            return new Scalar();
        }
    }

    /** The plain loops, also the vector path's tails. */
    static class Scalar implements Kernels {
        @Override
        public void tanh(double[] x, double[] y, int from, int to) {
            for (int i = from; i < to; i++) {
                y[i] = Transcendentals.tanh(x[i]);
            }
        }

        @Override
        public void sigmoid(double[] x, double[] y, int from, int to) {
            for (int i = from; i < to; i++) {
                y[i] = Transcendentals.sigmoid(x[i]);
            }
        }

        @Override
        public void gelu(double[] x, double[] y, int from, int to) {
            for (int i = from; i < to; i++) {
                y[i] = Transcendentals.gelu(x[i]);
            }
        }
    }
}
