package org.losslandscape.compute.nn;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * A network's loss on one fixed batch as a function of the flat parameter vector, with exact gradients and
 * Hessian-vector products: what optimizers step on and what curvature analyses probe. Dropout masks are fixed by
 * the mode's seed, so the function is deterministic. Not thread-safe: it owns one workspace.
 */
public final class NetworkObjective implements CurvatureObjective {

    private final Network network;
    private final Batch batch;
    private final double[] buffers;
    private final PassMode mode;
    private Workspace workspace;

    /**
     * @param buffers running statistics; written only when {@code mode.updateBuffers()}
     */
    public NetworkObjective(Network network, Batch batch, double[] buffers, PassMode mode) {
        this(network, batch, buffers, mode, null);
    }

    /**
     * An objective that uses the caller's workspace (which must hold the batch), so that a training loop does not
     * allocate one per step; the workspace's contents are overwritten by every evaluation.
     */
    public NetworkObjective(Network network, Batch batch, double[] buffers, PassMode mode, Workspace workspace) {
        this.network = network;
        this.batch = batch;
        this.buffers = buffers;
        this.mode = mode;
        this.workspace = workspace;
    }

    private Workspace workspace() {
        if (workspace == null) {
            workspace = network.newWorkspace(Math.max(1, batch.n()));
        }
        return workspace;
    }

    /** @return the network */
    public Network network() {
        return network;
    }

    /** @return the batch */
    public Batch batch() {
        return batch;
    }

    @Override
    public int dimension() {
        return network.parameterCount();
    }

    @Override
    public double value(double[] params) {
        return network.loss(workspace(), params, buffers, batch, mode);
    }

    @Override
    public double valueAndGradient(double[] params, double[] gradient) {
        return network.gradient(workspace(), params, buffers, batch, mode, gradient);
    }

    @Override
    public void hessianVectorProduct(double[] params, double[] v, double[] out) {
        network.hessianVectorProduct(workspace(), params, buffers, batch, mode, v, out, null);
    }

    /** Computes the generalised Gauss-Newton product {@code G·v} ({@link Network#gaussNewtonVectorProduct}). */
    public void gaussNewtonVectorProduct(double[] params, double[] v, double[] out) {
        network.gaussNewtonVectorProduct(workspace(), params, buffers, batch, mode, v, out);
    }

    /** Computes the empirical Fisher product {@code F·v} ({@link Network#empiricalFisherVectorProduct}). */
    public void empiricalFisherVectorProduct(double[] params, double[] v, double[] out) {
        network.empiricalFisherVectorProduct(workspace(), params, buffers, batch, mode, v, out);
    }

    /** @return the outputs of the last pass, row-major */
    public double[] lastOutput() {
        return workspace().output();
    }
}
