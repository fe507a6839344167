package org.losslandscape.compute.request;

import org.losslandscape.compute.dynamics.GradientFlow;
import org.losslandscape.compute.dynamics.ImplicitBias;

/**
 * Gradient descent and the gradient flow from zero on an under-determined linear regression drawn from the seed,
 * against the minimum-norm solution of the SVD ({@link ImplicitBias}).
 *
 * @param rows the regression's rows n ≥ 1
 * @param features its features d, n &lt; d ≤ 10 000
 * @param seed draws X and y
 * @param tolerance the flow integrator's absolute and relative tolerance
 */
public record ImplicitBiasRequest(int rows, int features, long seed, double tolerance)
        implements ComputeRequest<ImplicitBias.Outcome> {

    /** The task id. */
    public static final String TASK = "implicit-bias";

    /** Checks the sizes and the tolerance. */
    public ImplicitBiasRequest {
        if (rows < 1 || features <= rows || features > 10_000) {
            throw new IllegalArgumentException("implicit bias: an under-determined regression needs 1 ≤ rows < "
                    + "features ≤ 10000, got " + rows + " rows and " + features + " features");
        }
        new GradientFlow.Settings(tolerance, tolerance, 1); // checks the tolerance
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public ImplicitBias.Outcome compute(Execution execution) {
        return ImplicitBias.underdetermined(rows, features, seed, tolerance, execution.monitor());
    }
}
