package org.losslandscape.compute.toy;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.losslandscape.compute.objective.Objective;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StepContext;

/**
 * Runs an optimizer on a two-dimensional objective with a constant learning rate and records the path. Optionally
 * the gradient handed to the optimizer is perturbed by independent Gaussian noise {@code N(0, σ²)} per coordinate,
 * seeded, as a simple model of mini-batch noise (e.g. for saddle escape, Ge et al., "Escaping From Saddle
 * Points — Online Stochastic Gradient for Tensor Decomposition", COLT 2015). Optimizers that evaluate extra
 * gradients (SAM) get the noise-free objective through the {@link StepContext}.
 */
public final class Trajectories {

    private Trajectories() {
    }

    /**
     * Runs a registered optimizer.
     *
     * @param registry where to find {@code optimizerId}
     * @param hyperParameters raw values for {@link Optimizer#resolve}; the learning rate is taken from {@code lr}
     *        below (any {@code "lr"} entry only has to be valid)
     */
    public static Trajectory run(Objective surface, OptimizerRegistry registry, String optimizerId,
            Map<String, ?> hyperParameters, double x0, double y0, int steps, double lr, double noiseSigma,
            long seed) {
        Optimizer optimizer = registry.require(optimizerId);
        return run(surface, optimizer.create(2, hyperParameters), x0, y0, steps, lr, noiseSigma, seed);
    }

    /** Noise-free run of {@code optimizer} (a fresh instance, default hyper-parameters besides the learning rate). */
    public static Trajectory run(Objective surface, Optimizer optimizer, double x0, double y0, int steps, double lr) {
        return run(surface, optimizer.create(2, Map.of()), x0, y0, steps, lr, 0, 0);
    }

    /**
     * Runs {@code instance} (stepped; not reset first) from {@code (x0, y0)}.
     *
     * @param surface a two-dimensional objective
     * @param steps number of steps, ≥ 0
     * @param lr constant learning rate
     * @param noiseSigma standard deviation of the gradient noise, ≥ 0 (0 = exact gradients)
     * @param seed seed of the noise
     * @return {@code steps + 1} points, fewer if the run left the finite numbers (then the last finite point ends it)
     */
    public static Trajectory run(Objective surface, OptimizerInstance instance, double x0, double y0, int steps,
            double lr, double noiseSigma, long seed) {
        if (surface.dimension() != 2 || instance.dimension() != 2) {
            throw new IllegalArgumentException("trajectories are two-dimensional: objective " + surface.dimension()
                    + ", optimizer " + instance.dimension());
        }
        if (steps < 0 || !(noiseSigma >= 0)) {
            throw new IllegalArgumentException("need steps ≥ 0 and noise σ ≥ 0");
        }
        StepContext context = new StepContext(lr, surface);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        double[] loss = new double[steps + 1];
        double[] p = {x0, y0};
        double[] g = new double[2];
        int n = 0;
        loss[0] = surface.valueAndGradient(p, g);
        xs[0] = x0;
        ys[0] = y0;
        n = 1;
        for (int s = 0; s < steps; s++) {
            if (noiseSigma > 0) {
                g[0] += noiseSigma * rng.nextGaussian();
                g[1] += noiseSigma * rng.nextGaussian();
            }
            instance.step(p, g, context);
            double value = surface.valueAndGradient(p, g);
            if (!Double.isFinite(p[0]) || !Double.isFinite(p[1]) || !Double.isFinite(value)) {
                break;
            }
            xs[n] = p[0];
            ys[n] = p[1];
            loss[n] = value;
            n++;
        }
        return new Trajectory(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), Arrays.copyOf(loss, n));
    }
}
