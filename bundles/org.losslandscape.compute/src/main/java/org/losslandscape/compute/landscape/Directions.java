package org.losslandscape.compute.landscape;

import java.util.SplittableRandom;

import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.ParameterBlock;

/**
 * Directions in parameter space for loss surfaces.
 * <p>
 * Normalisation follows Li et al. 2018, "Visualizing the Loss Landscape of Neural Nets" (section 4): a random
 * Gaussian direction is rescaled so that each filter (one row of a weight or embedding block) has the norm of the
 * same filter of the parameters, which removes the scale invariance of ReLU networks from the picture. Vector
 * blocks (biases, normalisation scale and shift) are either zeroed ("not perturbed", as the benchmark and Li et al.'s
 * {@code ignore='biasbn'}) or normalised like a single filter. All methods are deterministic for a given seed.
 */
public final class Directions {

    /** Rescaling of a raw random direction. */
    public enum Normalization {
        /** keep the raw Gaussian direction */
        NONE,
        /** each row of a weight/embedding block to the norm of the same row of the parameters (Li et al.) */
        FILTER,
        /** each block to the norm of the same block of the parameters */
        LAYER
    }

    /** Guards against division by zero for a zero row of the direction, as the reference implementation. */
    private static final double TINY = 1e-10;

    private Directions() {
    }

    /** @return a vector of independent standard normal entries, drawn in index order from {@code rng} */
    public static double[] gaussian(int dimension, SplittableRandom rng) {
        double[] d = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            d[i] = rng.nextGaussian();
        }
        return d;
    }

    /** @return {@link #gaussian(int, SplittableRandom)} with a new generator seeded by {@code seed} */
    public static double[] gaussian(int dimension, long seed) {
        return gaussian(dimension, new SplittableRandom(seed));
    }

    /**
     * Filter normalisation in place: every row r of a WEIGHT or EMBEDDING block becomes
     * {@code d_r·‖θ_r‖/(‖d_r‖ + 1e-10)}; vector blocks (BIAS, NORM_SCALE, NORM_SHIFT) are zeroed unless
     * {@code includeVectors}, then normalised as one filter.
     *
     * @param direction written
     * @param params not modified
     */
    public static void filterNormalize(Network network, double[] params, double[] direction, boolean includeVectors) {
        normalize(network, params, direction, includeVectors, true);
    }

    /** Layer normalisation in place: as {@link #filterNormalize} with each whole block as one filter. */
    public static void layerNormalize(Network network, double[] params, double[] direction, boolean includeVectors) {
        normalize(network, params, direction, includeVectors, false);
    }

    private static void normalize(Network network, double[] params, double[] direction, boolean includeVectors,
            boolean perRow) {
        checkLength(network, params);
        checkLength(network, direction);
        for (Network.NamedBlock nb : network.parameterBlocks()) {
            ParameterBlock b = nb.block();
            boolean matrix = b.role() == ParameterBlock.Role.WEIGHT || b.role() == ParameterBlock.Role.EMBEDDING;
            if (!matrix && !includeVectors) {
                java.util.Arrays.fill(direction, nb.offset(), nb.offset() + b.size(), 0);
                continue;
            }
            int rows = perRow && matrix ? b.rows() : 1;
            int len = b.size() / rows;
            for (int r = 0; r < rows; r++) {
                int from = nb.offset() + r * len;
                double scale = norm(params, from, len) / (norm(direction, from, len) + TINY);
                for (int i = from; i < from + len; i++) {
                    direction[i] *= scale;
                }
            }
        }
    }

    private static double norm(double[] x, int from, int len) {
        double s = 0;
        for (int i = from; i < from + len; i++) {
            s += x[i] * x[i];
        }
        return Math.sqrt(s);
    }

    private static void checkLength(Network network, double[] v) {
        if (v.length != network.parameterCount()) {
            throw new IllegalArgumentException("vector has " + v.length + " entries, the network "
                    + network.parameterCount());
        }
    }

    /**
     * A random direction: Gaussian entries drawn from {@code rng}, then normalised.
     *
     * @param includeVectors whether biases and normalisation parameters are perturbed (ignored for NONE)
     */
    public static double[] random(Network network, double[] params, Normalization normalization,
            boolean includeVectors, SplittableRandom rng) {
        double[] d = gaussian(network.parameterCount(), rng);
        switch (normalization) {
            case FILTER -> filterNormalize(network, params, d, includeVectors);
            case LAYER -> layerNormalize(network, params, d, includeVectors);
            case NONE -> { }
        }
        return d;
    }

    /**
     * Two random directions through {@code params}, drawn one after the other from one generator seeded by
     * {@code seed}.
     *
     * @param orthogonalize whether the second direction is made orthogonal to the first ({@link #orthogonalize})
     * @return the plane with origin {@code params} (shared, not copied)
     */
    public static Plane randomPlane(Network network, double[] params, Normalization normalization,
            boolean includeVectors, boolean orthogonalize, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = random(network, params, normalization, includeVectors, rng);
        double[] y = random(network, params, normalization, includeVectors, rng);
        if (orthogonalize) {
            orthogonalize(x, y);
        }
        return new Plane(params, x, y);
    }

    /** @return a random line through {@code params}, see {@link #random} */
    public static Plane randomLine(Network network, double[] params, Normalization normalization,
            boolean includeVectors, long seed) {
        return Plane.line(params, random(network, params, normalization, includeVectors, new SplittableRandom(seed)));
    }

    /**
     * Gram–Schmidt in place: removes from {@code second} its component along {@code first}, then rescales it to
     * its original norm, so that a normalised direction keeps its overall scale (its per-filter norms change
     * slightly). {@code first} is not modified.
     */
    public static void orthogonalize(double[] first, double[] second) {
        double ff = Vectors.dot(first, first);
        if (ff == 0) {
            return;
        }
        double before = Vectors.norm(second);
        Vectors.axpy(-Vectors.dot(first, second) / ff, first, second);
        double after = Vectors.norm(second);
        if (after > 0) {
            Vectors.scale(before / after, second);
        }
    }

    /** @return the line through two models, {@code θ₀ + a·(θ₁ − θ₀)}: a = 0 at θ₀, a = 1 at θ₁ */
    public static Plane interpolation(double[] theta0, double[] theta1) {
        return Plane.line(theta0, Vectors.plusScaled(theta1, -1, theta0));
    }

    /**
     * The plane through three models (as in Garipov et al. 2018, "Loss Surfaces, Mode Connectivity, and Fast
     * Ensembling of DNNs"): origin θ₀, x axis {@code u = θ₁ − θ₀}, y axis the part of {@code θ₂ − θ₀} orthogonal to
     * u, scaled to ‖u‖ so that the plane has one unit of length in both directions.
     *
     * @return the plane and the coordinates of θ₀ = (0, 0), θ₁ = (1, 0) and θ₂
     * @throws IllegalArgumentException when the three points are (numerically) collinear or θ₁ = θ₀
     */
    public static ModelPlane throughModels(double[] theta0, double[] theta1, double[] theta2) {
        double[] u = Vectors.plusScaled(theta1, -1, theta0);
        double[] w = Vectors.plusScaled(theta2, -1, theta0);
        double uu = Vectors.dot(u, u);
        if (uu == 0) {
            throw new IllegalArgumentException("the first two models are identical");
        }
        double along = Vectors.dot(u, w) / uu;
        double[] v = w.clone();
        Vectors.axpy(-along, u, v);
        double vn = Vectors.norm(v);
        if (vn <= 1e-12 * Vectors.norm(w)) {
            throw new IllegalArgumentException("the three models are collinear: they span no plane");
        }
        double un = Math.sqrt(uu);
        Vectors.scale(un / vn, v);
        double[][] coords = {{0, 0}, {1, 0}, {along, vn / un}};
        return new ModelPlane(new Plane(theta0, u, v), coords);
    }

    /**
     * The plane through three models with the models' coordinates in it.
     *
     * @param plane origin θ₀, axes as described in {@link Directions#throughModels}
     * @param coordinates {@code coordinates[k] = {a, b}} of model k
     */
    public record ModelPlane(Plane plane, double[][] coordinates) {
    }
}
