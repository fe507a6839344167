package org.losslandscape.compute.loss;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.linalg.ElementWise;
import org.losslandscape.compute.linalg.Parallel;

/**
 * Softmax cross-entropy on logits with integer class labels, optionally with label smoothing (Szegedy et al.
 * 2016): the target distribution is {@code q = (1-ε)·onehot(y) + ε/K}. With {@code p = softmax(z)}:
 * {@code ℓ = -Σ q log p}, {@code ∂ℓ/∂z = p - q} and {@code (∂²ℓ/∂z²)·r = p⊙r - p(p·r)}, independent of q.
 * Rows are processed in fixed chunks in parallel and their sums added in chunk order (deterministic).
 */
public final class SoftmaxCrossEntropy implements Loss {

    private static final int CHUNK = 128;
    private final double smoothing;

    /** @param smoothing label smoothing ε in [0, 1) */
    public SoftmaxCrossEntropy(double smoothing) {
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("label smoothing must be in [0, 1), got " + smoothing);
        }
        this.smoothing = smoothing;
    }

    /** Plain cross-entropy, no smoothing. */
    public SoftmaxCrossEntropy() {
        this(0);
    }

    @Override
    public String name() {
        return smoothing == 0 ? "cross-entropy" : "cross-entropy (label smoothing " + smoothing + ")";
    }

    @Override
    public String incompatibility(int width, Batch batch) {
        if (!batch.isClassification()) {
            return "cross-entropy needs class labels; use mse for regression targets";
        }
        if (width != batch.classCount()) {
            return "the network has " + width + " outputs but the data has " + batch.classCount()
                    + " classes; set the last layer's output size to " + batch.classCount();
        }
        return null;
    }

    @Override
    public double evaluate(double[] z, int width, Batch batch, double[] dz) {
        int n = batch.n();
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] partial = new double[chunks];
        double invN = 1.0 / n;
        double off = smoothing / width;
        double on = 1 - smoothing + off;
        Parallel.forEach(chunks, c -> {
            double sum = 0;
            // the exponentials go into dz (or a scratch row) and are normalised there: one exp per element
            double[] e = dz != null ? dz : new double[width];
            for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                int o = i * width;
                int eo = dz != null ? o : 0;
                double max = Softmax.max(z, o, width);
                System.arraycopy(z, o, e, eo, width);
                double s = ElementWise.expShiftedSum(e, eo, eo + width, max);
                int y = batch.labels()[i];
                double rowLoss = rowLoss(z, o, width, y, Math.log(s) + max);
                sum += rowLoss;
                if (dz != null) {
                    double scale = invN / s;
                    for (int j = 0; j < width; j++) {
                        dz[o + j] = dz[o + j] * scale - off * invN;
                    }
                    dz[o + y] -= (on - off) * invN;
                }
            }
            partial[c] = sum;
        });
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total * invN;
    }

    /**
     * The loss of one row, as {@link #evaluate} adds it up (before the division by the batch size).
     *
     * @param z logits; {@code z[offset … offset+width)} is the row, not modified
     * @param label the row's class
     * @param scratch at least {@code width} entries, overwritten
     * @return {@code -Σ q log softmax(z)} for the row
     */
    public double rowLoss(double[] z, int offset, int width, int label, double[] scratch) {
        return rowLoss(z, offset, width, label, Softmax.max(z, offset, width), scratch);
    }

    /**
     * {@link #rowLoss(double[], int, int, int, double[])} when the row's largest value is known.
     *
     * @param max the largest of {@code z[offset … offset+width)}
     */
    public double rowLoss(double[] z, int offset, int width, int label, double max, double[] scratch) {
        System.arraycopy(z, offset, scratch, 0, width);
        double s = ElementWise.expShiftedSum(scratch, 0, width, max);
        return rowLoss(z, offset, width, label, Math.log(s) + max);
    }

    /** @return the index of the largest of {@code z[offset … offset+width)}, the first one on ties */
    public static int argmax(double[] z, int offset, int width) {
        return Softmax.argmax(z, offset, width);
    }

    /** @param logS {@code log Σ exp(z)} of the row */
    private double rowLoss(double[] z, int o, int width, int y, double logS) {
        double off = smoothing / width;
        double loss = (1 - smoothing + off) * (logS - z[o + y]);
        if (smoothing > 0) {
            double all = 0;
            for (int j = 0; j < width; j++) {
                if (j != y) {
                    all += logS - z[o + j];
                }
            }
            loss += off * all;
        }
        return loss;
    }

    @Override
    public void hessianProduct(double[] z, double[] rz, int width, Batch batch, double[] rdz) {
        int n = batch.n();
        double invN = 1.0 / n;
        Parallel.forEach((n + CHUNK - 1) / CHUNK, c -> {
            double[] p = new double[width];
            for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                int o = i * width;
                Softmax.row(z, o, width, p);
                double pr = 0;
                for (int j = 0; j < width; j++) {
                    pr += p[j] * rz[o + j];
                }
                for (int j = 0; j < width; j++) {
                    rdz[o + j] = p[j] * (rz[o + j] - pr) * invN;
                }
            }
        });
    }

    @Override
    public long correct(double[] z, int width, Batch batch) {
        return Softmax.argmaxMatches(z, width, batch);
    }
}
