package org.losslandscape.compute.pacbayes;

/**
 * The KL divergence between Gaussians with diagonal covariance, in closed form:
 * {@code KL(N(μ₁, diag s₁²) ‖ N(μ₀, diag s₀²)) = ½ Σᵢ [s₁ᵢ²/s₀ᵢ² + (μ₁ᵢ − μ₀ᵢ)²/s₀ᵢ² − 1 + 2 ln(s₀ᵢ/s₁ᵢ)]}.
 */
public final class GaussianKl {

    private GaussianKl() {
    }

    /**
     * @param posteriorMean μ₁
     * @param posteriorScale s₁, each > 0
     * @param priorMean μ₀
     * @param priorScale s₀, each > 0
     * @return KL(posterior ‖ prior) ≥ 0 (summed in index order)
     */
    public static double diagonal(double[] posteriorMean, double[] posteriorScale, double[] priorMean,
            double[] priorScale) {
        int n = posteriorMean.length;
        if (posteriorScale.length != n || priorMean.length != n || priorScale.length != n) {
            throw new IllegalArgumentException("means and scales must have one length, have " + n + ", "
                    + posteriorScale.length + ", " + priorMean.length + " and " + priorScale.length);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (!(posteriorScale[i] > 0) || !(priorScale[i] > 0)) {
                throw new IllegalArgumentException("scale " + i + " must be > 0: posterior " + posteriorScale[i]
                        + ", prior " + priorScale[i]);
            }
            double ratio = posteriorScale[i] / priorScale[i];
            double shift = (posteriorMean[i] - priorMean[i]) / priorScale[i];
            sum += ratio * ratio + shift * shift - 1 - 2 * Math.log(ratio);
        }
        return sum / 2;
    }
}
