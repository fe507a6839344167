package org.losslandscape.compute.linalg;

/**
 * Level-1 operations on flat {@code double[]} vectors: the vocabulary of directions, optimizers and Krylov
 * methods. Loops are plain so the JIT vectorises them; sums run in index order, so results are deterministic.
 * Unless said otherwise, only the first argument named {@code y} or {@code out} is written.
 */
public final class Vectors {

    private Vectors() {
    }

    /** @return {@code Σ x[i]·y[i]} in index order */
    public static double dot(double[] x, double[] y) {
        checkSameLength(x, y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** @return the Euclidean norm {@code ‖x‖₂} */
    public static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    /** {@code y += a·x} */
    public static void axpy(double a, double[] x, double[] y) {
        checkSameLength(x, y);
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** {@code x *= a} (x is written) */
    public static void scale(double a, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }

    /** {@code out = x + a·y}; {@code out} may be {@code x} or {@code y} */
    public static void addScaled(double[] x, double a, double[] y, double[] out) {
        checkSameLength(x, y);
        checkSameLength(x, out);
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + a * y[i];
        }
    }

    /** @return a new vector {@code x + a·y} */
    public static double[] plusScaled(double[] x, double a, double[] y) {
        double[] out = new double[x.length];
        addScaled(x, a, y, out);
        return out;
    }

    /** @return true when every entry is finite (no NaN, no ±∞) */
    public static boolean allFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static void checkSameLength(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("vector lengths differ: " + x.length + " and " + y.length);
        }
    }
}
