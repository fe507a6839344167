package org.losslandscape.compute.optim;

/**
 * Gradient clipping, applied by the driver between the gradient evaluation and {@link OptimizerInstance#step}.
 * Both methods mutate only the given gradient.
 */
public final class GradientClipping {

    private GradientClipping() {
    }

    /**
     * Rescales {@code gradient} to L2 norm {@code maxNorm} if its norm exceeds it (Pascanu, Mikolov &amp; Bengio,
     * ICML 2013; PyTorch {@code clip_grad_norm_} without its 1e-6 slack). A non-finite norm leaves the gradient
     * unchanged so that the caller can detect and skip the step.
     *
     * @param maxNorm finite, &gt; 0
     * @return the norm before clipping (summed in index order, so reproducible)
     */
    public static double clipByNorm(double[] gradient, double maxNorm) {
        if (!(maxNorm > 0) || Double.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("maxNorm must be finite and > 0, got " + maxNorm);
        }
        double norm = VectorOps.norm(gradient);
        if (norm > maxNorm && Double.isFinite(norm)) {
            VectorOps.scale(maxNorm / norm, gradient);
        }
        return norm;
    }

    /**
     * Clamps each component to {@code [-limit, limit]} (PyTorch {@code clip_grad_value_}); NaN stays NaN.
     *
     * @param limit finite, &gt; 0
     * @return the number of components that were changed
     */
    public static int clipByValue(double[] gradient, double limit) {
        if (!(limit > 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("limit must be finite and > 0, got " + limit);
        }
        int clipped = 0;
        for (int i = 0; i < gradient.length; i++) {
            double g = gradient[i];
            if (g > limit) {
                gradient[i] = limit;
                clipped++;
            } else if (g < -limit) {
                gradient[i] = -limit;
                clipped++;
            }
        }
        return clipped;
    }
}
