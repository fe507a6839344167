package org.losslandscape.compute.dynamics.ntk;

import java.util.Objects;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Gemm;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;

/**
 * The empirical neural tangent kernel of a network on a probe set (Jacot, Gabriel &amp; Hongler 2018, "Neural tangent
 * kernel"): {@code K = J·Jᵀ}, J = ∂f/∂θ the Jacobian of the probe rows' outputs with respect to the parameters, one
 * row per (probe row i, output c) in that order, so K is {@code (n·k) × (n·k)} for n rows and k outputs. Gradient
 * flow on a loss L moves the outputs by {@code df/dt = −K·∂L/∂f}: while K stays what it was at the start (the lazy
 * regime of wide networks under the NTK parameterisation) training is kernel regression with it.
 * <p>
 * Each row of J is a vector-Jacobian product with a one-hot seed ({@link Network#outputVectorJacobianProduct}), on
 * one probe row at a time in evaluation mode (rows do not interact), so the cost is {@code n·k} forward and backward
 * passes of one row. Not thread-safe: it owns one workspace.
 */
public final class TangentKernel {

    private final Network network;
    private final double[] buffers;
    private final Batch[] rows;
    private final Workspace workspace;

    /**
     * @param network the network
     * @param buffers its buffers (running statistics); read, not kept
     * @param probe the probe rows, at least one
     */
    public TangentKernel(Network network, double[] buffers, Dataset probe) {
        this.network = Objects.requireNonNull(network, "network");
        this.buffers = buffers.clone();
        if (probe.size() < 1) {
            throw new IllegalArgumentException("the tangent kernel needs at least one probe row");
        }
        if (probe.featureCount() != network.inputWidth()) {
            throw new IllegalArgumentException("the probe rows have " + probe.featureCount() + " features, the "
                    + "network takes " + network.inputWidth());
        }
        this.rows = new Batch[probe.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Batch.of(probe, new int[] {i});
        }
        this.workspace = network.newWorkspace(1);
    }

    /** @return the kernel's order, probe rows × outputs */
    public int size() {
        return rows.length * network.outputWidth();
    }

    /**
     * @param params the parameters; not modified
     * @return J, {@link #size()} rows of {@link Network#parameterCount()} entries, row-major
     */
    public double[] jacobian(double[] params) {
        int k = network.outputWidth();
        int p = network.parameterCount();
        double[] j = new double[size() * p];
        double[] seed = new double[k];
        double[] row = new double[p];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < k; c++) {
                seed[c] = 1;
                network.outputVectorJacobianProduct(workspace, params, buffers, rows[i], PassMode.EVAL, seed, row);
                seed[c] = 0;
                System.arraycopy(row, 0, j, (i * k + c) * p, p);
            }
        }
        return j;
    }

    /**
     * @param params the parameters; not modified
     * @return K = J·Jᵀ, {@link #size()}² entries, row-major (symmetric, positive semi-definite)
     */
    public double[] kernel(double[] params) {
        return gram(jacobian(params), size(), network.parameterCount());
    }

    /** @return {@code A·Aᵀ} of a row-major {@code rows × cols} matrix */
    public static double[] gram(double[] a, int rows, int cols) {
        double[] k = new double[rows * rows];
        Gemm.gemm(false, true, rows, rows, cols, a, 0, cols, a, 0, cols, k, 0, rows, false);
        return k;
    }

    /** @return {@code ‖a − b‖ / ‖b‖} (Frobenius or Euclidean); 0 when both are zero */
    public static double relativeChange(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("lengths " + a.length + " and " + b.length + " differ");
        }
        double d = 0;
        double n = 0;
        for (int i = 0; i < a.length; i++) {
            d += (a[i] - b[i]) * (a[i] - b[i]);
            n += b[i] * b[i];
        }
        return d == 0 ? 0 : Math.sqrt(d / n);
    }
}
