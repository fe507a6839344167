package org.losslandscape.compute.nn;

/**
 * The memory of passes through one network for batches of up to {@code maxBatch} rows: every layer's
 * activations, back-propagated signals and their tangents. One workspace serves one thread; create one per
 * thread to evaluate in parallel (e.g. over the points of a loss surface).
 */
public final class Workspace {

    final Network network;
    final Slot root;
    final Pass pass = new Pass();
    final double[] dz;
    final double[] rdz;

    Workspace(Network network, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a workspace needs room for at least one row, got " + maxBatch);
        }
        this.network = network;
        this.root = network.body().newSlot(0, 0, 0, maxBatch);
        this.root.needInputGradient = false;
        this.root.inputConstant = true;
        this.dz = new double[maxBatch * network.outputWidth()];
        this.rdz = new double[maxBatch * network.outputWidth()];
    }

    /** @return the largest batch this workspace holds */
    public int maxBatch() {
        return root.maxBatch;
    }

    /** @return the network's output of the last pass, row-major {@code n×outputWidth} (first n rows valid) */
    public double[] output() {
        return root.out;
    }
}
