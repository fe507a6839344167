package org.losslandscape.compute.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.landscape.TwoWeightExample;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;

/**
 * The two-weight surface is the loss of {@link TwoWeightExample}'s network over its two weights: value, gradient
 * and Hessian agree with the network's own (autodiff and the R-operator), and its known critical points have zero
 * gradient.
 */
class TwoWeightSurfaceTest {

    @Test
    void theSurfaceIsTheNetworksLossOverItsTwoWeights() {
        TwoWeightExample example = TwoWeightExample.create();
        NetworkObjective f = new NetworkObjective(example.network(), Batch.of(example.data()), new double[0],
                PassMode.EVAL);
        ToySurface s = ToySurface.twoWeightNetwork();
        double[][] points = {{0.3, -0.7}, {1.5, 0.8}, {-2.2, 1.9}, {0.01, 0.02}, {2.9, -2.5}};
        for (double[] w : points) {
            double[] g = new double[2];
            double[] expectedG = new double[2];
            double value = s.valueAndGradient(w[0], w[1], g);
            assertEquals(f.valueAndGradient(w, expectedG), value, 1e-13);
            assertEquals(expectedG[0], g[0], 1e-13);
            assertEquals(expectedG[1], g[1], 1e-13);
            double[] h = s.hessian(w[0], w[1]);
            double[] col1 = new double[2];
            double[] col2 = new double[2];
            f.hessianVectorProduct(w, new double[] {1, 0}, col1);
            f.hessianVectorProduct(w, new double[] {0, 1}, col2);
            assertEquals(col1[0], h[0], 1e-12);
            assertEquals(col1[1], h[1], 1e-12);
            assertEquals(col2[1], h[2], 1e-12);
        }
        for (CriticalPoint c : s.knownCriticalPoints()) {
            double[] g = new double[2];
            s.valueAndGradient(c.x(), c.y(), g);
            assertEquals(0, Math.hypot(g[0], g[1]), 1e-14, c.toString());
        }
        assertEquals(0, s.value(1.5, 0.8), 1e-30);
    }
}
