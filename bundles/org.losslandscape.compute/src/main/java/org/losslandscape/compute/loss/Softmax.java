package org.losslandscape.compute.loss;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.linalg.ElementWise;

/** Row-wise softmax and argmax helpers shared by the classification losses. */
final class Softmax {

    private Softmax() {
    }

    /** Writes {@code softmax(z[o … o+width))} into {@code p[0 … width)}. */
    static void row(double[] z, int o, int width, double[] p) {
        double max = max(z, o, width);
        System.arraycopy(z, o, p, 0, width);
        double s = ElementWise.expShiftedSum(p, 0, width, max);
        double inv = 1 / s;
        for (int j = 0; j < width; j++) {
            p[j] *= inv;
        }
    }

    /** @return the largest of {@code z[o … o+width)} */
    static double max(double[] z, int o, int width) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < width; j++) {
            max = Math.max(max, z[o + j]);
        }
        return max;
    }

    /** @return the index of the largest of {@code z[o … o+width)}, the first one on ties */
    static int argmax(double[] z, int o, int width) {
        int best = 0;
        for (int j = 1; j < width; j++) {
            if (z[o + j] > z[o + best]) {
                best = j;
            }
        }
        return best;
    }

    /** @return the number of rows whose largest output (first on ties) is the label */
    static long argmaxMatches(double[] z, int width, Batch batch) {
        long hits = 0;
        for (int i = 0; i < batch.n(); i++) {
            int best = argmax(z, i * width, width);
            if (best == batch.labels()[i]) {
                hits++;
            }
        }
        return hits;
    }
}
