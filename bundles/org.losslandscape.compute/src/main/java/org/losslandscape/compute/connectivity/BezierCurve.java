package org.losslandscape.compute.connectivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.nn.Evaluation;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StepContext;

/**
 * A quadratic Bezier curve between two solutions, after Garipov, Izmailov, Podoprikhin, Vetrov and Wilson 2018
 * ("Loss Surfaces, Mode Connectivity, and Fast Ensembling of DNNs"):
 * <pre>
 * φ(t) = (1 − t)²·θ₀ + 2t(1 − t)·θ_c + t²·θ₁,   t ∈ [0, 1]
 * </pre>
 * The control point {@code θ_c} starts at the midpoint {@code (θ₀ + θ₁)/2} (the curve is then the straight line)
 * and is trained to minimise {@code E_{t ~ U(0,1)} L(φ(t))}: each step samples one {@code t} and takes an Adam step
 * with the gradient {@code ∂L(φ(t))/∂θ_c = 2t(1 − t)·∇L(φ(t))}.
 * <p>
 * Training passes run in training mode with frozen buffers ({@link PassMode#trainFrozen}); the curve is evaluated
 * in evaluation mode with the given buffers. Running statistics of batch normalisation are not recomputed along
 * the curve, so the profile is meant for networks without it.
 */
public final class BezierCurve {

    private BezierCurve() {
    }

    /**
     * Writes {@code φ(t)} into {@code out}.
     *
     * @param theta0 the start
     * @param control the control point
     * @param theta1 the end
     * @param t the curve parameter
     * @param out receives the point; same length as the others
     */
    public static void point(double[] theta0, double[] control, double[] theta1, double t, double[] out) {
        double a = (1 - t) * (1 - t);
        double b = 2 * t * (1 - t);
        double c = t * t;
        for (int i = 0; i < out.length; i++) {
            out[i] = a * theta0[i] + b * control[i] + c * theta1[i];
        }
    }

    /**
     * Trains the control point and evaluates the curve.
     *
     * @param network the network
     * @param theta0 the start (not modified)
     * @param theta1 the end (not modified)
     * @param buffers non-trainable buffers used throughout (not modified)
     * @param data the training data, on which the profile is also measured
     * @param config steps, learning rate, batch size, points and seed
     * @return the control point, the profile and the per-step sampled loss
     */
    public static BezierResult train(Network network, double[] theta0, double[] theta1, double[] buffers,
            Dataset data, BezierConfig config) {
        LinearPath.checkLengths(network, theta0, theta1);
        int dim = theta0.length;
        double[] control = new double[dim];
        for (int i = 0; i < dim; i++) {
            control[i] = 0.5 * (theta0[i] + theta1[i]);
        }
        int n = data.size();
        int batch = config.batchSize() == 0 || config.batchSize() >= n ? n : config.batchSize();
        Batch full = batch == n ? Batch.of(data) : null;
        Workspace ws = network.newWorkspace(batch);
        OptimizerInstance adam = OptimizerRegistry.builtIns().require("adam")
                .create(dim, Map.of("lr", config.learningRate()));
        StepContext context = StepContext.of(config.learningRate());
        SplittableRandom rng = new SplittableRandom(config.seed());
        double[] phi = new double[dim];
        double[] grad = new double[dim];
        double[] history = new double[config.steps()];
        double[] scratch = buffers.clone();
        for (int step = 0; step < config.steps(); step++) {
            double t = rng.nextDouble();
            point(theta0, control, theta1, t, phi);
            Batch b = full != null ? full : Batch.of(data, sampleRows(n, batch, rng));
            history[step] = network.gradient(ws, phi, scratch, b, PassMode.trainFrozen(rng.nextLong()), grad);
            double weight = 2 * t * (1 - t);
            for (int i = 0; i < dim; i++) {
                grad[i] *= weight;
            }
            adam.step(control, grad, context);
        }
        return new BezierResult(control, profile(network, theta0, control, theta1, buffers, data, config.points()),
                history);
    }

    /**
     * Loss and accuracy along the curve at {@code points} evenly spaced {@code t}.
     *
     * @return the profile with its barrier (relative to the chord between the end-point losses)
     */
    public static PathProfile profile(Network network, double[] theta0, double[] control, double[] theta1,
            double[] buffers, Dataset data, int points) {
        LinearPath.checkLengths(network, theta0, theta1);
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, got " + points);
        }
        double[] phi = new double[theta0.length];
        List<PathPoint> out = new ArrayList<>(points);
        for (int k = 0; k < points; k++) {
            double t = (double) k / (points - 1);
            point(theta0, control, theta1, t, phi);
            Evaluation e = network.evaluate(phi, buffers, data);
            out.add(new PathPoint(t, e.loss(), e.accuracy()));
        }
        return PathProfile.of(out);
    }

    /** {@code k} distinct rows out of {@code n} by a partial Fisher–Yates shuffle. */
    private static int[] sampleRows(int n, int k, SplittableRandom rng) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        return Arrays.copyOf(all, k);
    }
}
