package org.losslandscape.compute.landscape;

import java.util.List;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Network;

/**
 * The exact loss landscape of a network with two parameters, {@code ŷ = w₂·tanh(w₁·x)} (Dense(1,1, no bias) →
 * tanh → Dense(1,1, no bias), mean squared error), on 20 points {@code x ∈ [−2, 2]} with targets
 * {@code 0.8·tanh(1.5·x)}: the plane's axes are the unit vectors, so the surface is the loss over both weights
 * themselves, with global minima at (1.5, 0.8) and (−1.5, −0.8) and a saddle at the origin.
 *
 * @param network the network
 * @param data the regression set
 * @param plane origin 0, axes e₁ and e₂
 * @param grid 61×61 over [−3, 3]²
 */
public record TwoWeightExample(Network network, Dataset data, Plane plane, Grid grid) {

    /** Rows of the regression set. */
    public static final int ROWS = 20;

    /** @return the example */
    public static TwoWeightExample create() {
        Network net = new Network(List.of(new Dense(1, 1, false), new Activation(Activation.Function.TANH, 1),
                new Dense(1, 1, false)), new MeanSquaredError());
        double[] x = new double[ROWS];
        double[] y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            x[i] = -2 + 4.0 * i / (ROWS - 1);
            y[i] = 0.8 * Math.tanh(1.5 * x[i]);
        }
        Dataset data = new Dataset("w2·tanh(w1·x)", ROWS, 1, x, 0, null, 1, y);
        Plane plane = new Plane(new double[2], new double[] {1, 0}, new double[] {0, 1});
        return new TwoWeightExample(net, data, plane, Grid.square(-3, 3, 61));
    }

    /** @return an evaluator of the surface (evaluation mode, no buffers) */
    public SurfaceEvaluator evaluator() {
        return new SurfaceEvaluator(network, plane, new double[0], data);
    }
}
