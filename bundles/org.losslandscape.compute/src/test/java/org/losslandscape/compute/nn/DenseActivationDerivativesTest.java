package org.losslandscape.compute.nn;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.loss.BinaryCrossEntropy;
import org.losslandscape.compute.loss.Loss;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;

/** Gradient and HVP of Dense + every activation + every loss against finite differences. */
class DenseActivationDerivativesTest {

    @ParameterizedTest
    @EnumSource(Activation.Function.class)
    void everyActivationInATwoLayerNetwork(Activation.Function fn) {
        Network net = new Network(List.of(new Dense(4, 6), new Activation(fn, 6, 0.1), new Dense(6, 3)),
                new SoftmaxCrossEntropy());
        Batch batch = DerivativeCheck.classification(7, 4, 3, 11);
        double[] params = net.initialParameters(Initializer.normal(0.8), 5);
        DerivativeCheck.check(fn.name(), net, params, net.initialBuffers(), batch, PassMode.EVAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce", "ce-smooth", "mse-targets", "mse-labels", "bce-labels", "bce-targets"})
    void everyLoss(String which) {
        Loss loss = switch (which) {
            case "ce" -> new SoftmaxCrossEntropy();
            case "ce-smooth" -> new SoftmaxCrossEntropy(0.1);
            case "mse-targets", "mse-labels" -> new MeanSquaredError();
            default -> new BinaryCrossEntropy();
        };
        int outputs = switch (which) {
            case "bce-labels" -> 1;
            case "mse-targets", "bce-targets" -> 2;
            default -> 3;
        };
        Batch batch = switch (which) {
            case "mse-targets" -> DerivativeCheck.regression(6, 3, 2, 3);
            case "bce-targets" -> sigmoidTargets(DerivativeCheck.regression(6, 3, 2, 3));
            case "bce-labels" -> DerivativeCheck.classification(6, 3, 2, 3);
            default -> DerivativeCheck.classification(6, 3, 3, 3);
        };
        Network net = new Network(List.of(new Dense(3, 5), new Activation(Activation.Function.TANH, 5),
                new Dense(5, outputs, which.startsWith("mse"))), loss);
        DerivativeCheck.check(which, net, net.initialParameters(Initializer.pytorchDefault(), 8), net.initialBuffers(),
                batch, PassMode.EVAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void deeperRandomNetworks(int seed) {
        Network net = new Network(List.of(new Dense(5, 7), new Activation(Activation.Function.GELU, 7),
                new Dense(7, 7, false), new Activation(Activation.Function.SOFTPLUS, 7), new Dense(7, 4)),
                new SoftmaxCrossEntropy());
        DerivativeCheck.check("deep " + seed, net, net.initialParameters(Initializer.xavier(), seed),
                net.initialBuffers(), DerivativeCheck.classification(9, 5, 4, seed), PassMode.EVAL);
    }

    private static Batch sigmoidTargets(Batch b) {
        double[] t = b.targets().clone();
        for (int i = 0; i < t.length; i++) {
            t[i] = 1 / (1 + Math.exp(-t[i]));
        }
        return new Batch(b.features(), b.n(), b.featureCount(), null, 0, t, b.targetCount());
    }
}
