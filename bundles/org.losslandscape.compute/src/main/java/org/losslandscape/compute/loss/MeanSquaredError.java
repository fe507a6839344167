package org.losslandscape.compute.loss;

import org.losslandscape.compute.data.Batch;

/**
 * Mean squared error over all output elements (PyTorch's {@code MSELoss}, mean reduction):
 * {@code L = (1/(n·K)) Σ (z - t)²}. With class labels the target is {@code onehot(label)}, as in the
 * edge-of-stability experiments of Cohen et al. 2021; accuracy is then the argmax. The Hessian with respect to
 * {@code z} is the constant {@code 2/(n·K)·I}.
 */
public final class MeanSquaredError implements Loss {

    @Override
    public String name() {
        return "mse";
    }

    @Override
    public String incompatibility(int width, Batch batch) {
        if (batch.isClassification()) {
            return width == batch.classCount() ? null
                    : "mse on class labels compares with one-hot targets: the network has " + width
                            + " outputs but the data has " + batch.classCount() + " classes";
        }
        return width == batch.targetCount() ? null
                : "the network has " + width + " outputs but the data has " + batch.targetCount()
                        + " targets per row; set the last layer's output size to " + batch.targetCount();
    }

    private static double target(Batch batch, int i, int j, int width) {
        return batch.isClassification() ? (batch.labels()[i] == j ? 1 : 0) : batch.targets()[i * width + j];
    }

    @Override
    public double evaluate(double[] z, int width, Batch batch, double[] dz) {
        int n = batch.n();
        double scale = 1.0 / ((double) n * width);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                double d = z[i * width + j] - target(batch, i, j, width);
                sum += d * d;
                if (dz != null) {
                    dz[i * width + j] = 2 * d * scale;
                }
            }
        }
        return sum * scale;
    }

    @Override
    public void hessianProduct(double[] z, double[] rz, int width, Batch batch, double[] rdz) {
        double scale = 2.0 / ((double) batch.n() * width);
        for (int i = 0, end = batch.n() * width; i < end; i++) {
            rdz[i] = rz[i] * scale;
        }
    }

    @Override
    public long correct(double[] z, int width, Batch batch) {
        return batch.isClassification() ? Softmax.argmaxMatches(z, width, batch) : -1;
    }
}
