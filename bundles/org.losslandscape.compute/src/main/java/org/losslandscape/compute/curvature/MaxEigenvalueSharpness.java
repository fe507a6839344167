package org.losslandscape.compute.curvature;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * λ_max, the largest Hessian eigenvalue, by {@link Lanczos} (e.g. Keskar et al. 2017; Cohen et al. 2021, "Gradient
 * Descent on Neural Networks Typically Occurs at the Edge of Stability"). Not invariant to reparametrisations that
 * leave the function unchanged (Dinh et al. 2017, "Sharp Minima Can Generalize For Deep Nets").
 *
 * @param options Lanczos settings
 */
public record MaxEigenvalueSharpness(Lanczos.Options options) implements Sharpness {

    @Override
    public String name() {
        return "lambda_max";
    }

    @Override
    public double measure(CurvatureObjective f, double[] params) {
        return Lanczos.extreme(f, params, 1, Lanczos.End.TOP, options).values()[0];
    }
}
