package org.losslandscape.compute.thirdparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.nn.DerivativeCheck;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Problem;

/**
 * A layer kind written outside {@code compute.nn}, through the public API only ({@link PairProduct},
 * {@link PairProductKind}): registered in a registry, it validates, builds, and its gradient and Hessian-vector
 * products agree with finite differences, first in the network (its input is data) and after other layers.
 */
class PairProductTest {

    private static LayerKinds kinds() {
        LayerKinds kinds = LayerKinds.fromServiceLoader();
        kinds.register(new PairProductKind());
        return kinds;
    }

    private static LayerDescription pairs() {
        return LayerDescription.of("TEST_PAIR_PRODUCT").with("gain", 0.7);
    }

    private static double[] perturbed(Network net, long seed) {
        double[] params = net.initialParameters(Initializer.pytorchDefault(), seed);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < params.length; i++) {
            params[i] += 0.3 * rng.nextGaussian(); // biases away from 0, weights away from the gain
        }
        return params;
    }

    @Test
    void gradientAndHessianVectorProductsMatchFiniteDifferencesInsideANetwork() {
        LayerKinds kinds = kinds();
        NetworkDescription d = new NetworkDescription(5, List.of(LayerDescription.dense(8), LayerDescription.tanh(),
                pairs(), LayerDescription.dense(3)), LossType.CROSS_ENTROPY);
        assertEquals(List.of(), d.validate(kinds));
        Network net = d.build(kinds);
        assertEquals(5 * 8 + 8 + 4 + 4 + 4 * 3 + 3, net.parameterCount());
        assertEquals(d.parameterCount(kinds), net.parameterCount());
        Batch batch = DerivativeCheck.classification(6, 5, 3, 11);
        DerivativeCheck.check("pair product in the middle", net, perturbed(net, 3), net.initialBuffers(), batch,
                PassMode.EVAL);
    }

    @Test
    void gradientAndHessianVectorProductsMatchAsTheFirstLayerAndWithoutBias() {
        LayerKinds kinds = kinds();
        Network net = new NetworkDescription(6, List.of(pairs().with("bias", false), LayerDescription.dense(2)),
                LossType.MSE).build(kinds);
        assertEquals(3 + 3 * 2 + 2, net.parameterCount());
        assertEquals("PairProduct 6 → 3", net.layers().get(0).describe());
        Batch batch = DerivativeCheck.regression(5, 6, 2, 12);
        DerivativeCheck.check("pair product first", net, perturbed(net, 4), net.initialBuffers(), batch,
                PassMode.EVAL);
    }

    @Test
    void itsSettingsInitialiseTheParameters() {
        Network net = new NetworkDescription(4, List.of(pairs().with("gain", "2.5")), LossType.MSE).build(kinds());
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 1);
        assertEquals(List.of(2.5, 2.5, 0.0, 0.0), List.of(params[0], params[1], params[2], params[3]));
        List<String> names = net.parameterBlocks().stream().map(Network.NamedBlock::name).toList();
        assertEquals(List.of("0.weight", "0.bias"), names);
    }

    @Test
    void shapeAndSettingProblemsSayHowToFixThem() {
        LayerKinds kinds = kinds();
        List<Problem> odd = new NetworkDescription(5, List.of(LayerDescription.dense(7), pairs(),
                LayerDescription.dense(2)), LossType.MSE).validate(kinds);
        assertEquals(1, odd.size(), odd.toString());
        assertEquals("layer 2", odd.get(0).path());
        assertEquals("Layer 2 (PairProduct): it multiplies features in pairs but its input has 7 features; give it an "
                + "even number, e.g. 8", odd.get(0).message());

        List<Problem> typed = new NetworkDescription(4, List.of(pairs().with("bias", "maybe").with("colour", 3)),
                LossType.MSE).validate(kinds);
        assertEquals(List.of("Layer 1 (PairProduct): bias must be true or false, got 'maybe'",
                "Layer 1 (PairProduct): it has no setting 'colour'; remove it (PairProduct reads bias, gain)"),
                typed.stream().map(Problem::message).toList());
    }

    @Test
    void withoutItsKindTheLayerIsAProblemNamingTheKind() {
        LayerKinds standard = LayerKinds.fromServiceLoader();
        assertNull(standard.byId("TEST_PAIR_PRODUCT"), "the test kind is registered by hand, not on the class path");
        List<Problem> problems = new NetworkDescription(4, List.of(pairs(), LayerDescription.dense(2)), LossType.MSE)
                .validate(standard);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("Layer 1: no layer kind 'TEST_PAIR_PRODUCT' is registered; "
                + "install the bundle that provides it, or choose one of DENSE, EMBEDDING, RELU"),
                problems.get(0).message());
    }
}
