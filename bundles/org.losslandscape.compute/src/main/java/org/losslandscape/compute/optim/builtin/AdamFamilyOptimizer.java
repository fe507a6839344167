package org.losslandscape.compute.optim.builtin;

import java.util.List;

import org.losslandscape.compute.dynamics.StabilityThresholds;
import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;

/**
 * What {@link AdamOptimizer} and {@link AdamWOptimizer} declare for the edge of stability (Cohen et al. 2022,
 * arXiv:2207.14484): the threshold {@code (2 + 2β₁)/(η(1 − β₁))} on the preconditioned sharpness, with
 * {@code P = √v̂ + ε} from the state's {@code "v"} and {@code "step"}.
 */
abstract class AdamFamilyOptimizer extends AbstractOptimizer implements StabilityAware {

    AdamFamilyOptimizer(String id, String name, String description, List<HyperParameter> hyperParameters) {
        super(id, name, description, hyperParameters);
    }

    @Override
    public final double stabilityThreshold(double learningRate, HyperParameterValues values) {
        return StabilityThresholds.adam(learningRate, values.real(Parameters.BETA1));
    }

    @Override
    public final boolean preconditioned() {
        return true;
    }

    @Override
    public final double[] preconditioner(OptimizerInstance instance, HyperParameterValues values) {
        return StabilityThresholds.adamPreconditioner(instance.state(), values.real(Parameters.BETA2),
                values.real(Parameters.EPS));
    }

    @Override
    public final String thresholdFormula() {
        return "(2 + 2β₁)/(η(1 − β₁)) on λ_max(P⁻¹H)";
    }
}
