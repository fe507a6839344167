package org.losslandscape.compute.optim;

/**
 * Small dense-vector kernels for optimizers (part of the optimizer SPI). Reductions run strictly left to right so
 * results are reproducible bit for bit; plain loops are left to the JIT.
 */
public final class VectorOps {

    private VectorOps() {
    }

    /** @return {@code sum_i a[i] * b[i]}, summed in index order */
    public static double dot(double[] a, double[] b) {
        checkSameLength(a, b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** @return the Euclidean norm, summed in index order */
    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** {@code y += alpha * x}; mutates {@code y} only. */
    public static void axpy(double alpha, double[] x, double[] y) {
        checkSameLength(x, y);
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** {@code x *= alpha}; mutates {@code x}. */
    public static void scale(double alpha, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= alpha;
        }
    }

    private static void checkSameLength(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vector lengths differ: " + a.length + " vs " + b.length);
        }
    }
}
