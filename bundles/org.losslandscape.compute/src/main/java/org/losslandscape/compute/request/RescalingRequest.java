package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.curvature.AdaptiveSharpness;
import org.losslandscape.compute.curvature.LayerRescaling;
import org.losslandscape.compute.curvature.Lanczos;
import org.losslandscape.compute.curvature.MaxEigenvalueSharpness;
import org.losslandscape.compute.curvature.TraceSharpness;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;

/**
 * Sharpness under the function-preserving rescaling of Dinh et al. 2017 ({@link LayerRescaling}): for each factor α,
 * the largest change of the network's outputs on the data (zero up to rounding), and at the rescaled point λ_max
 * (Lanczos), the trace (Hutchinson) and the adaptive sharpness of Kwon et al. 2021 with η = 0 (invariant).
 *
 * @param model the point
 * @param data the rows of the loss and of the outputs compared
 * @param rescaling the layers rescaled
 * @param alphas the factors, each > 0
 * @param rho the adaptive sharpness's radius
 * @param ascentSteps its ascent steps
 * @param probes Hutchinson's probes
 * @param seed the probes' seed
 */
public record RescalingRequest(ModelState model, DataReference data, LayerRescaling rescaling, double[] alphas,
        double rho, int ascentSteps, int probes, long seed) implements ComputeRequest<RescalingRequest.Measured> {

    /** The task id. */
    public static final String TASK = "rescaling";

    /**
     * The measures at each factor.
     *
     * @param alphas the factors
     * @param outputDifference max |f_α(x) − f(x)| over the rows and outputs
     * @param loss the loss at the rescaled point
     * @param lambdaMax λ_max of the Hessian there
     * @param trace its trace
     * @param adaptiveSharpness the adaptive sharpness there
     */
    public record Measured(double[] alphas, double[] outputDifference, double[] loss, double[] lambdaMax,
            double[] trace, double[] adaptiveSharpness) {
    }

    /** Checks the parts and the ranges; copies the factors. */
    public RescalingRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(rescaling, "rescaling");
        alphas = alphas.clone();
        if (alphas.length == 0) {
            throw new IllegalArgumentException("rescaling: name at least one factor α");
        }
        for (double a : alphas) {
            if (!(a > 0) || Double.isInfinite(a)) {
                throw new IllegalArgumentException("rescaling: the factor α = " + a + " must be positive and finite");
            }
        }
        if (!(rho > 0) || ascentSteps < 1 || probes < 1) {
            throw new IllegalArgumentException("rescaling: need ρ > 0, ascent steps ≥ 1 and probes ≥ 1, got " + rho
                    + ", " + ascentSteps + " and " + probes);
        }
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    @Override
    public Measured compute(Execution execution) {
        NetworkObjective f = Objectives.evaluationLoss(model, data, execution);
        Network network = f.network();
        f.value(model.parameters());
        double[] reference = f.lastOutput().clone();
        int n = alphas.length;
        double[] difference = new double[n];
        double[] loss = new double[n];
        double[] lambdaMax = new double[n];
        double[] trace = new double[n];
        double[] adaptive = new double[n];
        for (int j = 0; j < n; j++) {
            double[] point = rescaling.apply(network, model.parameters(), alphas[j]);
            loss[j] = f.value(point);
            double[] out = f.lastOutput();
            for (int i = 0; i < reference.length; i++) {
                difference[j] = Math.max(difference[j], Math.abs(out[i] - reference[i]));
            }
            lambdaMax[j] = new MaxEigenvalueSharpness(Lanczos.Options.defaults()).measure(f, point);
            trace[j] = new TraceSharpness(probes, seed).measure(f, point);
            adaptive[j] = new AdaptiveSharpness(rho, ascentSteps, 0).measure(f, point);
            execution.monitor().progress(j + 1, n, "rescaling: α = " + alphas[j]);
        }
        return new Measured(alphas.clone(), difference, loss, lambdaMax, trace, adaptive);
    }
}
