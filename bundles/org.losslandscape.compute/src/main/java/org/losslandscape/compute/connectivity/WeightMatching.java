package org.losslandscape.compute.connectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.ParameterBlock;

/**
 * Weight matching of Ainsworth, Hayase and Srinivasa 2023 ("Git Re-Basin: Merging Models modulo Permutation
 * Symmetries", Algorithm 1) for multilayer perceptrons.
 * <p>
 * Permuting the units of a hidden layer (rows of its weight and bias, columns of the next layer's weight) leaves
 * the function of an MLP with element-wise activations unchanged. Weight matching looks for the permutations
 * {@code P_l} of model B's hidden units that maximise
 * <pre>
 * Σ_l ⟨W_A^l, P_l W_B^l P_{l−1}ᵀ⟩ + ⟨b_A^l, P_l b_B^l⟩      (P_0, P_L = identity)
 * </pre>
 * by coordinate descent: one layer at a time, with the others fixed, the problem is a linear assignment problem
 * solved exactly by {@link Hungarian}; layers are visited in a seeded random order in each sweep until a sweep
 * changes nothing.
 * <p>
 * Supported networks: a top-level sequence of {@link Dense} layers and element-wise {@link Activation}s only;
 * anything else (normalisation, residual blocks, dropout, embeddings) is refused.
 */
public final class WeightMatching {

    private WeightMatching() {
    }

    /**
     * Aligns model B to model A.
     *
     * @param network an MLP of Dense and Activation layers
     * @param thetaA model A's parameters (the reference; not modified)
     * @param thetaB model B's parameters (not modified)
     * @param maxSweeps the most coordinate-descent sweeps, at least 1
     * @param seed fixes the order in which layers are visited
     * @return the aligned parameters of B and the permutations
     * @throws IllegalArgumentException for an unsupported network or wrong vector lengths
     */
    public static Alignment align(Network network, double[] thetaA, double[] thetaB, int maxSweeps, long seed) {
        LinearPath.checkLengths(network, thetaA, thetaB);
        if (maxSweeps < 1) {
            throw new IllegalArgumentException("maxSweeps must be at least 1, got " + maxSweeps);
        }
        List<DenseSlice> dense = denseSlices(network);
        int hidden = dense.size() - 1;
        List<int[]> perms = new ArrayList<>();
        for (int l = 0; l < hidden; l++) {
            perms.add(identity(dense.get(l).out));
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int sweeps = 0;
        boolean converged = hidden == 0;
        while (!converged && sweeps < maxSweeps) {
            sweeps++;
            boolean changed = false;
            for (int l : shuffledOrder(hidden, rng)) {
                double[][] score = layerScore(dense, perms, l, thetaA, thetaB);
                int[] current = perms.get(l);
                int[] best = Hungarian.maximise(score);
                double before = 0;
                double after = 0;
                for (int i = 0; i < current.length; i++) {
                    before += score[i][current[i]];
                    after += score[i][best[i]];
                }
                // accept only a strict improvement, so ties cannot make the descent cycle
                if (after > before + 1e-12 * Math.max(1, Math.abs(before))) {
                    perms.set(l, best);
                    changed = true;
                }
            }
            converged = !changed;
        }
        double[] aligned = permute(network, thetaB, perms);
        return new Alignment(aligned, perms, sweeps, converged, Vectors.dot(thetaA, thetaB),
                Vectors.dot(thetaA, aligned));
    }

    /**
     * Applies hidden-unit permutations to a parameter vector: for hidden layer {@code l} with permutation
     * {@code p}, row {@code i} of its weight and entry {@code i} of its bias become row / entry {@code p[i]} of
     * the input, and column {@code i} of the next Dense layer's weight becomes column {@code p[i]}. The network
     * computes the same function with the result.
     *
     * @param network an MLP of Dense and Activation layers
     * @param theta the parameters (not modified)
     * @param permutations one permutation per hidden layer (Dense layers but the last), in order
     * @return the permuted parameters
     */
    public static double[] permute(Network network, double[] theta, List<int[]> permutations) {
        if (theta.length != network.parameterCount()) {
            throw new IllegalArgumentException("parameter vector has " + theta.length + " entries, the network "
                    + network.parameterCount());
        }
        List<DenseSlice> dense = denseSlices(network);
        if (permutations.size() != dense.size() - 1) {
            throw new IllegalArgumentException("the network has " + (dense.size() - 1)
                    + " hidden layers but " + permutations.size() + " permutations were given");
        }
        for (int l = 0; l < permutations.size(); l++) {
            checkPermutation(permutations.get(l), dense.get(l).out, l);
        }
        double[] out = theta.clone();
        for (int l = 0; l < dense.size(); l++) {
            DenseSlice d = dense.get(l);
            int[] rows = l < permutations.size() ? permutations.get(l) : identity(d.out);
            int[] cols = l > 0 ? permutations.get(l - 1) : identity(d.in);
            for (int i = 0; i < d.out; i++) {
                for (int k = 0; k < d.in; k++) {
                    out[d.weight + i * d.in + k] = theta[d.weight + rows[i] * d.in + cols[k]];
                }
                if (d.bias >= 0) {
                    out[d.bias + i] = theta[d.bias + rows[i]];
                }
            }
        }
        return out;
    }

    /** {@code score[i][j]}: the gain of placing B's unit {@code j} of hidden layer {@code l} at position i. */
    private static double[][] layerScore(List<DenseSlice> dense, List<int[]> perms, int l, double[] a, double[] b) {
        DenseSlice d = dense.get(l);
        DenseSlice next = dense.get(l + 1);
        int[] prev = l > 0 ? perms.get(l - 1) : identity(d.in);
        int[] after = l + 1 < perms.size() ? perms.get(l + 1) : identity(next.out);
        int n = d.out;
        double[][] score = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < d.in; k++) {
                    s += a[d.weight + i * d.in + k] * b[d.weight + j * d.in + prev[k]];
                }
                if (d.bias >= 0) {
                    s += a[d.bias + i] * b[d.bias + j];
                }
                for (int m = 0; m < next.out; m++) {
                    s += a[next.weight + m * next.in + i] * b[next.weight + after[m] * next.in + j];
                }
                score[i][j] = s;
            }
        }
        return score;
    }

    /**
     * @return why {@link #align} cannot align models of this network, or null when it can (an MLP of Dense layers
     *         and element-wise activations that ends in a Dense layer)
     */
    public static String unsupported(Network network) {
        try {
            denseSlices(network);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Location of one Dense layer's tensors in the flat vector; {@code bias} is −1 without bias. */
    private record DenseSlice(int in, int out, int weight, int bias) {
    }

    private static List<DenseSlice> denseSlices(Network network) {
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (!(layer instanceof Dense) && !(layer instanceof Activation)) {
                throw new IllegalArgumentException("weight matching supports MLPs of Dense layers and element-wise "
                        + "activations only; layer " + i + " is " + layer.describe());
            }
        }
        if (layers.isEmpty() || !(layers.get(layers.size() - 1) instanceof Dense)) {
            throw new IllegalArgumentException("weight matching needs a network whose last layer is Dense");
        }
        List<DenseSlice> out = new ArrayList<>();
        List<Network.NamedBlock> blocks = network.parameterBlocks();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Dense dense) {
                int weight = -1;
                int bias = -1;
                for (Network.NamedBlock nb : blocks) {
                    if (nb.layer() == dense && nb.name().startsWith(i + ".")) {
                        if (nb.block().role() == ParameterBlock.Role.WEIGHT) {
                            weight = nb.offset();
                        } else if (nb.block().role() == ParameterBlock.Role.BIAS) {
                            bias = nb.offset();
                        }
                    }
                }
                if (weight < 0) {
                    throw new IllegalStateException("no weight block found for layer " + i);
                }
                out.add(new DenseSlice(dense.inputWidth(), dense.outputWidth(), weight, bias));
            }
        }
        return out;
    }

    private static void checkPermutation(int[] p, int n, int layer) {
        if (p.length != n) {
            throw new IllegalArgumentException("permutation of hidden layer " + layer + " has " + p.length
                    + " entries, the layer " + n + " units");
        }
        boolean[] seen = new boolean[n];
        for (int v : p) {
            if (v < 0 || v >= n || seen[v]) {
                throw new IllegalArgumentException("the array for hidden layer " + layer + " is not a permutation");
            }
            seen[v] = true;
        }
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    private static int[] shuffledOrder(int n, SplittableRandom rng) {
        int[] order = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
