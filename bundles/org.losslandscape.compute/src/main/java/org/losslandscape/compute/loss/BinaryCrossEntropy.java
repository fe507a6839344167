package org.losslandscape.compute.loss;

import org.losslandscape.compute.data.Batch;

/**
 * Binary cross-entropy on logits ({@code BCEWithLogitsLoss}): one output per row and labels 0/1, or targets
 * in [0, 1] with any number of outputs. {@code ℓ = softplus(z) - t·z}, {@code ∂ℓ/∂z = σ(z) - t},
 * {@code ∂²ℓ/∂z² = σ(z)(1-σ(z))}; averaged over all elements. Written in a form that does not overflow for
 * large {@code |z|}.
 */
public final class BinaryCrossEntropy implements Loss {

    @Override
    public String name() {
        return "binary cross-entropy";
    }

    @Override
    public String incompatibility(int width, Batch batch) {
        if (batch.isClassification()) {
            if (batch.classCount() != 2) {
                return "binary cross-entropy needs 2 classes, the data has " + batch.classCount()
                        + "; use cross-entropy";
            }
            return width == 1 ? null
                    : "binary cross-entropy on labels needs 1 output, the network has " + width
                            + "; set the last layer's output size to 1";
        }
        return width == batch.targetCount() ? null
                : "the network has " + width + " outputs but the data has " + batch.targetCount() + " targets";
    }

    private static double target(Batch batch, int i, int j, int width) {
        return batch.isClassification() ? batch.labels()[i] : batch.targets()[i * width + j];
    }

    private static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    @Override
    public double evaluate(double[] z, int width, Batch batch, double[] dz) {
        int n = batch.n();
        double scale = 1.0 / ((double) n * width);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                double x = z[i * width + j];
                double t = target(batch, i, j, width);
                sum += Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))) - t * x;
                if (dz != null) {
                    dz[i * width + j] = (sigmoid(x) - t) * scale;
                }
            }
        }
        return sum * scale;
    }

    @Override
    public void hessianProduct(double[] z, double[] rz, int width, Batch batch, double[] rdz) {
        double scale = 1.0 / ((double) batch.n() * width);
        for (int i = 0, end = batch.n() * width; i < end; i++) {
            double s = sigmoid(z[i]);
            rdz[i] = s * (1 - s) * rz[i] * scale;
        }
    }

    @Override
    public long correct(double[] z, int width, Batch batch) {
        if (!batch.isClassification()) {
            return -1;
        }
        long hits = 0;
        for (int i = 0; i < batch.n(); i++) {
            if ((z[i] > 0 ? 1 : 0) == batch.labels()[i]) {
                hits++;
            }
        }
        return hits;
    }
}
