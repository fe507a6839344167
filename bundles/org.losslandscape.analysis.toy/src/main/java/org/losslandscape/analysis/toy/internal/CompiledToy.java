package org.losslandscape.analysis.toy.internal;

import java.util.List;

import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.toy.ToySurface;

/**
 * A {@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis} ready to run.
 *
 * @param surface the test function, whose {@link ToySurface#range()} is the grid's range
 * @param resolution grid points per axis, ≥ 2
 * @param starts start points {@code {x, y}}, at least one
 * @param steps optimizer steps per path, ≥ 0
 * @param noise standard deviation of the gradient noise of the extra noisy paths, 0 for none
 * @param optimizers the optimizers to run from every start, at least one
 * @param criticalPoints whether to find and classify the critical points
 */
record CompiledToy(ToySurface surface, int resolution, List<double[]> starts, int steps, double noise,
        List<ToyOptimizer> optimizers, boolean criticalPoints) {

    /**
     * One optimizer of a toy analysis.
     *
     * @param label legend text: the id and the hyper-parameters given, e.g. "momentum lr=0.01 momentum=0.9"
     * @param optimizer the optimizer service
     * @param values its resolved hyper-parameters; {@code lr} is the constant step size
     */
    record ToyOptimizer(String label, Optimizer optimizer, HyperParameterValues values) {
    }

    /** Copies the lists. */
    CompiledToy {
        starts = List.copyOf(starts);
        optimizers = List.copyOf(optimizers);
    }
}
