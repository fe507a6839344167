package org.losslandscape.compute.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;

class ProgressMeasuresTest {

    private static final int P = 23;

    private static Network net() {
        return new Network(List.of(new Dense(2 * P, 16), new Activation(Activation.Function.RELU, 16),
                new Dense(16, P)), new SoftmaxCrossEntropy());
    }

    @Test
    void weightsMadeOfFewFrequenciesConcentrateRandomOnesDoNot() {
        Network net = net();
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 3);
        double random = ProgressMeasures.fourierConcentration(net, params, P, 3);
        assertTrue(random < 0.5, "random weights spread over the 11 frequencies: " + random);

        // every unit's weights are cosines of frequencies 2, 5 and 7 with arbitrary phases
        int[] freqs = {2, 5, 7};
        for (int unit = 0; unit < 16; unit++) {
            for (int a = 0; a < 2 * P; a++) {
                int f = freqs[unit % 3];
                params[unit * 2 * P + a] = Math.cos(2 * Math.PI * f * (a % P) / P + unit);
            }
        }
        assertEquals(1.0, ProgressMeasures.fourierConcentration(net, params, P, 3), 1e-12);
        double oneOfThree = ProgressMeasures.fourierConcentration(net, params, P, 1);
        assertTrue(oneOfThree > 0.3 && oneOfThree < 0.4, "one of three equal frequencies: " + oneOfThree);
    }

    @Test
    void weightNormAndArgumentChecks() {
        assertEquals(5, ProgressMeasures.weightNorm(new double[] {3, 4}), 0);
        Network net = net();
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 3);
        assertThrows(IllegalArgumentException.class, () -> ProgressMeasures.fourierConcentration(net, params, 19, 2));
        assertThrows(IllegalArgumentException.class, () -> ProgressMeasures.fourierConcentration(net, params, P, 12));
    }
}
