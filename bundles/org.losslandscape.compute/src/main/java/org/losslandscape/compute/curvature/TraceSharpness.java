package org.losslandscape.compute.curvature;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The Hessian trace, the sum of all curvatures, estimated by {@link Hutchinson} (as in PyHessian, Yao et al. 2020).
 * Not reparametrisation invariant (Dinh et al. 2017).
 *
 * @param probes Rademacher probes
 * @param seed seed of the probes
 */
public record TraceSharpness(int probes, long seed) implements Sharpness {

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public double measure(CurvatureObjective f, double[] params) {
        return Hutchinson.estimate(f, params, probes, seed).trace();
    }
}
