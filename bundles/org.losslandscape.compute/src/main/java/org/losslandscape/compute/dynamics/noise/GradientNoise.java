package org.losslandscape.compute.dynamics.noise;

import java.util.Objects;
import java.util.SplittableRandom;

import org.losslandscape.compute.curvature.EigenPairs;
import org.losslandscape.compute.curvature.Lanczos;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * The noise of mini-batch gradients around the full gradient, {@code ξ_B = ∇L_B(θ) − ∇L(θ)}, seen along a few
 * directions: random unit vectors and the top eigenvectors of the Hessian (Lanczos). Per-example gradients
 * {@code g_i} of every row are computed once (one backward pass of one row each, evaluation mode); a mini-batch of b
 * rows, drawn without replacement as SGD draws them, then has the noise {@code ⟨ξ_B, u⟩ = mean_{i∈B} ⟨g_i, u⟩ −
 * mean_i ⟨g_i, u⟩} along u, so many mini-batches cost nothing more. Şimşekli et al. (2019) found this noise
 * heavy-tailed rather than Gaussian ({@link TailIndex}); as b grows the central limit theorem pulls it toward a
 * Gaussian (α → 2) whenever the per-example gradients have finite variance (Panigrahi et al. 2019, "Non-Gaussianity of
 * stochastic gradient noise").
 */
public final class GradientNoise {

    /**
     * The projections of every per-example gradient on the directions.
     *
     * @param projections row-major {@code rows × directions}: {@code ⟨g_i, u_d⟩}
     * @param rows the examples
     * @param randomDirections the first directions are random unit vectors
     * @param hessianDirections the next are the top Hessian eigenvectors, largest first
     * @param eigenvalues their eigenvalues
     * @param gradientNorm ‖∇L(θ)‖ of the full gradient
     */
    public record Projections(double[] projections, int rows, int randomDirections, int hessianDirections,
            double[] eigenvalues, double gradientNorm) {

        /** @return the number of directions */
        public int directions() {
            return randomDirections + hessianDirections;
        }

        /**
         * @param batchSize b, in [1, rows]
         * @param batches how many mini-batches
         * @param rng draws the mini-batches (each without replacement)
         * @return per direction, the noise of each mini-batch along it ({@code [direction][batch]})
         */
        public double[][] noise(int batchSize, int batches, SplittableRandom rng) {
            if (batchSize < 1 || batchSize > rows) {
                throw new IllegalArgumentException("gradient noise: batch size " + batchSize + " must be in [1, "
                        + rows + "]");
            }
            int d = directions();
            double[] mean = new double[d];
            for (int i = 0; i < rows; i++) {
                for (int k = 0; k < d; k++) {
                    mean[k] += projections[i * d + k] / rows;
                }
            }
            double[][] out = new double[d][batches];
            int[] order = new int[rows];
            for (int i = 0; i < rows; i++) {
                order[i] = i;
            }
            for (int m = 0; m < batches; m++) {
                // a partial Fisher–Yates shuffle draws b distinct rows
                for (int j = 0; j < batchSize; j++) {
                    int pick = j + rng.nextInt(rows - j);
                    int t = order[j];
                    order[j] = order[pick];
                    order[pick] = t;
                    for (int k = 0; k < d; k++) {
                        out[k][m] += projections[order[j] * d + k];
                    }
                }
                for (int k = 0; k < d; k++) {
                    out[k][m] = out[k][m] / batchSize - mean[k];
                }
            }
            return out;
        }
    }

    private GradientNoise() {
    }

    /**
     * @param network the network
     * @param params the point; not modified
     * @param buffers its buffers; not modified
     * @param data the rows (every one is an example)
     * @param randomDirections how many random unit directions, ≥ 0
     * @param hessianDirections how many top Hessian eigenvectors, ≥ 0 (at most the parameter count)
     * @param seed the random directions' and Lanczos's seed
     * @param monitor cancellation, may be null
     * @return the projections, or null when cancelled
     */
    public static Projections project(Network network, double[] params, double[] buffers, Dataset data,
            int randomDirections, int hessianDirections, long seed, ProgressMonitor monitor) {
        Objects.requireNonNull(network, "network");
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        int p = network.parameterCount();
        int n = data.size();
        if (randomDirections < 0 || hessianDirections < 0 || randomDirections + hessianDirections < 1
                || hessianDirections > p || n < 2) {
            throw new IllegalArgumentException("gradient noise: it needs at least one direction, at most " + p
                    + " Hessian directions and two rows, got " + randomDirections + ", " + hessianDirections + " and "
                    + n);
        }
        int d = randomDirections + hessianDirections;
        double[][] u = new double[d][];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int k = 0; k < randomDirections; k++) {
            double[] v = new double[p];
            for (int i = 0; i < p; i++) {
                v[i] = rng.nextGaussian();
            }
            Vectors.scale(1 / Vectors.norm(v), v);
            u[k] = v;
        }
        double[] eigenvalues = new double[hessianDirections];
        NetworkObjective full = new NetworkObjective(network, Batch.of(data), buffers.clone(), PassMode.EVAL);
        if (hessianDirections > 0) {
            EigenPairs top = Lanczos.extreme(full, params, hessianDirections, Lanczos.End.TOP,
                    new Lanczos.Options(Lanczos.Options.defaults().maxSteps(), Lanczos.Options.defaults().tolerance(),
                            seed));
            for (int k = 0; k < hessianDirections; k++) {
                u[randomDirections + k] = top.vectors()[k];
                eigenvalues[k] = top.values()[k];
            }
        }
        double[] gradient = new double[p];
        full.valueAndGradient(params, gradient);
        double[] projections = new double[n * d];
        Workspace ws = network.newWorkspace(1);
        double[] g = new double[p];
        double[] b = buffers.clone();
        for (int i = 0; i < n; i++) {
            if (i % 256 == 0 && m.isCancelled()) {
                return null;
            }
            network.gradient(ws, params, b, Batch.of(data, new int[] {i}), PassMode.EVAL, g);
            for (int k = 0; k < d; k++) {
                projections[i * d + k] = Vectors.dot(g, u[k]);
            }
        }
        return new Projections(projections, n, randomDirections, hessianDirections, eigenvalues,
                Vectors.norm(gradient));
    }
}
