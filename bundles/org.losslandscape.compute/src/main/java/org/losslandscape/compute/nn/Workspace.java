package org.losslandscape.compute.nn;

import java.util.Arrays;

import org.losslandscape.compute.data.Batch;

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
    /** What the primal (forward and backward) values in this workspace were computed for. */
    final Primal primal = new Primal();

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

    /**
     * The point, data and mode of the primal pass whose activations and back-propagated signals the workspace holds
     * after a Hessian-vector product, so that the next product at the same point (a Krylov method calls dozens)
     * runs only the tangent passes. Any other pass invalidates it.
     */
    static final class Primal {
        private boolean valid;
        private double[] params = new double[0];
        private double[] buffers = new double[0];
        private Batch batch;
        private PassMode mode;
        private double value;

        void invalidate() {
            valid = false;
        }

        boolean matches(double[] p, double[] b, Batch data, PassMode m) {
            return valid && data == batch && m.equals(mode) && Arrays.equals(p, params) && Arrays.equals(b, buffers);
        }

        void remember(double[] p, double[] b, Batch data, PassMode m, double loss) {
            params = copyInto(p, params);
            buffers = copyInto(b, buffers);
            batch = data;
            mode = m;
            value = loss;
            valid = true;
        }

        double value() {
            return value;
        }

        /** @return {@code src} copied into {@code dst}, or into a new array when the lengths differ */
        private static double[] copyInto(double[] src, double[] dst) {
            double[] to = dst.length == src.length ? dst : new double[src.length];
            System.arraycopy(src, 0, to, 0, src.length);
            return to;
        }
    }

    /** @return the network's output of the last pass, row-major {@code n×outputWidth} (first n rows valid) */
    public double[] output() {
        return root.out;
    }
}
