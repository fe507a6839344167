package org.losslandscape.compute.nn;

import java.util.SplittableRandom;

/**
 * How a layer's weights and biases start. All draw from a seeded {@link SplittableRandom}, so a seed fixes the
 * initial parameters. Normalisation layers always start at γ = 1, β = 0.
 *
 * @param kind the scheme
 * @param sigma standard deviation for {@link Kind#NORMAL}, otherwise unused
 */
public record Initializer(Kind kind, double sigma) {

    /** The schemes. */
    public enum Kind {
        /** PyTorch's default for {@code nn.Linear}: weights and biases uniform in ±1/√fan_in. */
        PYTORCH_DEFAULT,
        /** He et al. 2015: weights N(0, 2/fan_in), biases 0. */
        KAIMING,
        /** Glorot and Bengio 2010: weights uniform in ±√(6/(fan_in+fan_out)), biases 0. */
        XAVIER,
        /** Weights N(0, σ²), biases 0. */
        NORMAL,
        /** Everything 0 (a degenerate start, useful for demonstrations of symmetry). */
        ZEROS
    }

    /** @return PyTorch's default initialisation */
    public static Initializer pytorchDefault() {
        return new Initializer(Kind.PYTORCH_DEFAULT, 0);
    }

    /** @return Kaiming (He) normal initialisation */
    public static Initializer kaiming() {
        return new Initializer(Kind.KAIMING, 0);
    }

    /** @return Xavier (Glorot) uniform initialisation */
    public static Initializer xavier() {
        return new Initializer(Kind.XAVIER, 0);
    }

    /** @return weights N(0, σ²) */
    public static Initializer normal(double sigma) {
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("normal initialisation needs σ > 0, got " + sigma);
        }
        return new Initializer(Kind.NORMAL, sigma);
    }

    /** @return all zeros */
    public static Initializer zeros() {
        return new Initializer(Kind.ZEROS, 0);
    }

    /**
     * Fills a weight block.
     *
     * @param w written: {@code w[off … off+fanOut·fanIn)}
     */
    public void weights(double[] w, int off, int fanIn, int fanOut, SplittableRandom rng) {
        int count = fanIn * fanOut;
        for (int i = 0; i < count; i++) {
            w[off + i] = switch (kind) {
                case PYTORCH_DEFAULT -> uniform(rng, 1 / Math.sqrt(fanIn));
                case KAIMING -> rng.nextGaussian() * Math.sqrt(2.0 / fanIn);
                case XAVIER -> uniform(rng, Math.sqrt(6.0 / (fanIn + fanOut)));
                case NORMAL -> rng.nextGaussian() * sigma;
                case ZEROS -> 0;
            };
        }
    }

    /**
     * Fills a bias block.
     *
     * @param b written: {@code b[off … off+count)}
     */
    public void biases(double[] b, int off, int count, int fanIn, SplittableRandom rng) {
        for (int i = 0; i < count; i++) {
            b[off + i] = kind == Kind.PYTORCH_DEFAULT ? uniform(rng, 1 / Math.sqrt(fanIn)) : 0;
        }
    }

    private static double uniform(SplittableRandom rng, double bound) {
        return (2 * rng.nextDouble() - 1) * bound;
    }

    @Override
    public String toString() {
        return kind == Kind.NORMAL ? "normal(σ=" + sigma + ")" : kind.name().toLowerCase().replace('_', '-');
    }
}
