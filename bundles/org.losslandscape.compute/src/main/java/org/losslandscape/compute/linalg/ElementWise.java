package org.losslandscape.compute.linalg;

/**
 * Element-wise kernels over ranges of a {@code double[]}: the exponential of activations and losses, and the
 * quadratics of the line sweep; vectorised with the Vector API when the module is present, plain loops otherwise.
 * Both paths give the same bits.
 * <p>
 * The exponential is computed here rather than by {@link Math#exp} or the Vector API's {@code EXP}, because those
 * may give different last bits interpreted and compiled (the Vector API calls a vector math library only once the
 * JIT has intrinsified it), which would break bit-identical runs. This one uses only exactly rounded operations
 * (add, multiply, fused multiply-add, bit shifts), so the vector and the scalar path, compiled or not, give the
 * same bits. Method: Cody–Waite reduction {@code x = k·ln2 + r}, {@code |r| ≤ ln2/2}, a degree-13 Taylor polynomial
 * for {@code e^r} (truncation below 1e-17 relative), and {@code 2^k} by building the exponent bits; results below
 * {@code e^-708} are flushed to 0. Accuracy: a few units in the last place.
 */
public final class ElementWise {

    /** 1.5·2^52: adding and subtracting it rounds a double of magnitude below 2^51 to the nearest integer. */
    static final double ROUND = 6755399441055744.0;
    static final double INV_LN2 = 1.4426950408889634;
    /** ln 2 split so that {@code k·LN2_HI} is exact for |k| < 2^11. */
    static final double LN2_HI = 0.6931471803691238;
    static final double LN2_LO = 1.9082149292705877e-10;
    static final double MIN_X = -708.0;
    static final double MAX_X = 709.0;
    /** 1/n! for n = 13 … 2 (Horner order). */
    static final double[] INV_FACTORIALS = {
        1.0 / 6227020800.0, 1.0 / 479001600.0, 1.0 / 39916800.0, 1.0 / 3628800.0, 1.0 / 362880.0, 1.0 / 40320.0,
        1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5};

    private static final Kernels KERNELS = Kernels.best();

    private ElementWise() {
    }

    /** {@code x[i] = exp(x[i] - shift)} for {@code i} in {@code [from, to)}; returns the sum of the new values. */
    public static double expShiftedSum(double[] x, int from, int to, double shift) {
        return KERNELS.expShiftedSum(x, from, to, shift);
    }

    /**
     * Adds a rank-one part to the coefficients of quadratics {@code p0 + t·p1 + t²·p2}: {@code p0 += ca·a},
     * {@code p1 += ca·v + cv·a}, {@code p2 += cv·v}, for {@code len} entries read from {@code a, v} at offset
     * {@code w} and updated in {@code p0, p1, p2} at offset {@code o}. Each product is added by a fused multiply-add,
     * in this order.
     */
    public static void addQuadraticRankOne(double ca, double cv, double[] a, double[] v, int w, double[] p0,
            double[] p1, double[] p2, int o, int len) {
        KERNELS.addQuadraticRankOne(ca, cv, a, v, w, p0, p1, p2, o, len);
    }

    /**
     * Evaluates quadratics: {@code out[i] = p0 + t·(p1 + t·p2)} by two fused multiply-adds, for {@code len} entries
     * of {@code p0, p1, p2} from offset {@code o}.
     *
     * @return the largest of the values
     */
    public static double quadraticAt(double t, double[] p0, double[] p1, double[] p2, int o, double[] out, int len) {
        return KERNELS.quadraticAt(t, p0, p1, p2, o, out, len);
    }

    /** @return {@code e^x} by the method of this class (the scalar path of the vector kernel) */
    public static double exp(double x) {
        if (x < MIN_X) {
            return 0;
        }
        if (x > MAX_X) {
            return Double.POSITIVE_INFINITY;
        }
        double k = (x * INV_LN2 + ROUND) - ROUND;
        double r = Math.fma(-k, LN2_LO, Math.fma(-k, LN2_HI, x));
        double p = INV_FACTORIALS[0];
        for (int i = 1; i < INV_FACTORIALS.length; i++) {
            p = Math.fma(p, r, INV_FACTORIALS[i]);
        }
        p = Math.fma(p, r, 1.0);
        p = Math.fma(p, r, 1.0);
        return p * Double.longBitsToDouble(((long) k + 1023) << 52);
    }

    /** Strategy interface so the vector class is only loaded when its module is present. */
    interface Kernels {
        double expShiftedSum(double[] x, int from, int to, double shift);

        void addQuadraticRankOne(double ca, double cv, double[] a, double[] v, int w, double[] p0, double[] p1,
                double[] p2, int o, int len);

        double quadraticAt(double t, double[] p0, double[] p1, double[] p2, int o, double[] out, int len);

        static Kernels best() {
            if (!Boolean.getBoolean("landscape.scalar")
                    && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
                try {
                    return (Kernels) Class.forName("org.losslandscape.compute.linalg.VectorElementWise")
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
        public double expShiftedSum(double[] x, int from, int to, double shift) {
            double s = 0;
            for (int i = from; i < to; i++) {
                x[i] = exp(x[i] - shift);
                s += x[i];
            }
            return s;
        }

        @Override
        public void addQuadraticRankOne(double ca, double cv, double[] a, double[] v, int w, double[] p0,
                double[] p1, double[] p2, int o, int len) {
            for (int k = 0; k < len; k++) {
                double ak = a[w + k];
                double vk = v[w + k];
                p0[o + k] = Math.fma(ca, ak, p0[o + k]);
                p1[o + k] = Math.fma(cv, ak, Math.fma(ca, vk, p1[o + k]));
                p2[o + k] = Math.fma(cv, vk, p2[o + k]);
            }
        }

        @Override
        public double quadraticAt(double t, double[] p0, double[] p1, double[] p2, int o, double[] out, int len) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < len; k++) {
                out[k] = Math.fma(t, Math.fma(t, p2[o + k], p1[o + k]), p0[o + k]);
                max = Math.max(max, out[k]);
            }
            return max;
        }
    }
}
