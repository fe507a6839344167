package org.losslandscape.compute.loss;

import org.losslandscape.compute.data.Batch;

/**
 * A loss on a network's output {@code z} (row-major {@code n×width}) for a batch, averaged as PyTorch's
 * default reduction does. The first and second derivatives with respect to {@code z} are exact; together
 * with the layers' R-operators they give exact Hessian-vector products of the whole objective.
 */
public interface Loss {

    /** @return a short name, e.g. "cross-entropy" */
    String name();

    /**
     * Checks that a network output width and a batch fit this loss.
     *
     * @return null when they fit, else a message that says what to change
     */
    String incompatibility(int width, Batch batch);

    /**
     * Computes the mean loss and, when {@code dz} is given, its gradient {@code ∂L/∂z}.
     *
     * @param z network output, {@code batch.n()×width}; not modified
     * @param dz output for {@code ∂L/∂z} (overwritten in its first {@code n·width} entries), or {@code null}
     * @return the mean loss
     */
    double evaluate(double[] z, int width, Batch batch, double[] dz);

    /**
     * Computes {@code rdz = (∂²L/∂z²)·rz}, the loss part of the R-operator.
     *
     * @param z network output at which the Hessian is taken; not modified
     * @param rz tangent of the output; not modified
     * @param rdz output, overwritten in its first {@code n·width} entries
     */
    void hessianProduct(double[] z, double[] rz, int width, Batch batch, double[] rdz);

    /**
     * @return the number of rows whose prediction is right, or {@code -1} when accuracy is undefined
     *         (regression)
     */
    long correct(double[] z, int width, Batch batch);
}
