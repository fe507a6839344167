package org.losslandscape.compute.connectivity;

import java.util.ArrayList;
import java.util.List;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.nn.Evaluation;
import org.losslandscape.compute.nn.Network;

/**
 * The straight line {@code θ(t) = (1 − t)·θ₀ + t·θ₁} between two parameter vectors, evaluated at evenly spaced
 * {@code t}. Its {@link PathProfile#barrier() barrier} is the linear-mode-connectivity barrier of Frankle et al.
 * 2020 ("Linear Mode Connectivity and the Lottery Ticket Hypothesis") in the form of Entezari et al. 2022
 * ("The Role of Permutation Invariance in Linear Mode Connectivity of Neural Networks"):
 * {@code max_t L(θ(t)) − ((1 − t)·L(θ₀) + t·L(θ₁))}; two solutions are linearly mode connected when it is
 * (close to) zero.
 */
public final class LinearPath {

    private LinearPath() {
    }

    /**
     * @param network the network
     * @param theta0 the start, length {@link Network#parameterCount()}
     * @param theta1 the end, same length
     * @param buffers the non-trainable buffers used for every point (e.g. {@link Network#initialBuffers()})
     * @param data the dataset on which loss and accuracy are measured
     * @param points number of evenly spaced points, at least 2 (ends included)
     * @return the profile with its barrier
     */
    public static PathProfile evaluate(Network network, double[] theta0, double[] theta1, double[] buffers,
            Dataset data, int points) {
        checkLengths(network, theta0, theta1);
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, got " + points);
        }
        double[] theta = new double[theta0.length];
        List<PathPoint> out = new ArrayList<>(points);
        for (int k = 0; k < points; k++) {
            double t = (double) k / (points - 1);
            interpolate(theta0, theta1, t, theta);
            Evaluation e = network.evaluate(theta, buffers, data);
            out.add(new PathPoint(t, e.loss(), e.accuracy()));
        }
        return PathProfile.of(out);
    }

    /** Writes {@code (1 − t)·a + t·b} into {@code out}. */
    static void interpolate(double[] a, double[] b, double t, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - t) * a[i] + t * b[i];
        }
    }

    static void checkLengths(Network network, double[] theta0, double[] theta1) {
        int n = network.parameterCount();
        if (theta0.length != n || theta1.length != n) {
            throw new IllegalArgumentException("end points have " + theta0.length + " and " + theta1.length
                    + " entries, the network " + n);
        }
    }
}
