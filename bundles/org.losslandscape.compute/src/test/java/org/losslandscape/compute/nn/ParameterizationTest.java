package org.losslandscape.compute.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.losslandscape.compute.data.Batch;

/**
 * The NTK and mean-field parameterisations: scaled Dense layers pass the gradient and Hessian-vector finite-difference
 * checks, compute {@code s·x·Wᵀ + b} with the stated multipliers, start N(0, 1), and validation names the layers a
 * parameterisation cannot scale.
 */
class ParameterizationTest {

    private static NetworkDescription mlp(Parameterization p, LossType loss, int outputs) {
        return new NetworkDescription(5, List.of(LayerDescription.dense(7), LayerDescription.tanh(),
                LayerDescription.dense(6, false), LayerDescription.gelu(), LayerDescription.dense(outputs)), loss, 0,
                Initializer.pytorchDefault(), p);
    }

    @ParameterizedTest
    @EnumSource(Parameterization.class)
    void scaledLayersPassTheGradientAndHessianVectorChecks(Parameterization p) {
        NetworkDescription d = mlp(p, LossType.CROSS_ENTROPY, 3);
        Network net = d.build();
        double[] params = net.initialParameters(d.initializer(), 4);
        for (int i = 0; i < params.length; i++) {
            params[i] += 0.05 * Math.sin(3 * i); // nonzero biases, so that their terms are checked too
        }
        DerivativeCheck.check(p.name(), net, params, net.initialBuffers(), DerivativeCheck.classification(8, 5, 3, 2),
                PassMode.EVAL);
        Network regression = mlp(p, LossType.MSE, 2).build();
        DerivativeCheck.check(p + " mse", regression, regression.initialParameters(d.initializer(), 5),
                regression.initialBuffers(), DerivativeCheck.regression(6, 5, 2, 3), PassMode.EVAL);
    }

    @Test
    void theMultipliersAreOneOverRootFanInAndOneOverWidthForTheMeanFieldOutput() {
        List<Layer> ntk = mlp(Parameterization.NTK, LossType.MSE, 2).build().layers();
        List<Layer> mf = mlp(Parameterization.MEAN_FIELD, LossType.MSE, 2).build().layers();
        assertEquals(1 / Math.sqrt(5), ((Dense) ntk.get(0)).scale(), 1e-15);
        assertEquals(1 / Math.sqrt(7), ((Dense) ntk.get(2)).scale(), 1e-15);
        assertEquals(1 / Math.sqrt(6), ((Dense) ntk.get(4)).scale(), 1e-15);
        assertEquals(1 / Math.sqrt(5), ((Dense) mf.get(0)).scale(), 1e-15);
        assertEquals(1.0 / 6, ((Dense) mf.get(4)).scale(), 1e-15);
        assertTrue(((Dense) mf.get(4)).scalesBias() && !((Dense) mf.get(0)).scalesBias(), "the mean-field output's "
                + "bias is scaled with its weights");
        assertTrue(!((Dense) ntk.get(4)).scalesBias());
        assertEquals(1, ((Dense) mlp(Parameterization.STANDARD, LossType.MSE, 2).build().layers().get(4)).scale());
        assertTrue(ntk.get(4).describe().contains("×0.4082"), ntk.get(4).describe());
    }

    @Test
    void aScaledLayerComputesScaleTimesXWTransposedPlusBias() {
        Network net = new Network(List.of(Dense.scaled(2, 1, true, 0.25, false)), new org.losslandscape.compute.loss
                .MeanSquaredError());
        double[] params = {2, -3, 0.5}; // w = (2, −3), b = 0.5
        Batch x = new Batch(new double[] {1, 1, 4, 2}, 2, 2, null, 0, new double[] {0, 0}, 1);
        Workspace ws = net.newWorkspace(2);
        net.loss(ws, params, new double[0], x, PassMode.EVAL);
        assertEquals(0.25 * (2 - 3) + 0.5, ws.output()[0], 1e-15);
        assertEquals(0.25 * (8 - 6) + 0.5, ws.output()[1], 1e-15);
        Network withBias = new Network(List.of(Dense.scaled(2, 1, true, 0.25, true)), new org.losslandscape.compute
                .loss.MeanSquaredError());
        withBias.loss(ws = withBias.newWorkspace(2), params, new double[0], x, PassMode.EVAL);
        assertEquals(0.25 * (2 - 3 + 0.5), ws.output()[0], 1e-15);
    }

    @Test
    void scaledLayersStartUnitNormalWithZeroBiasesWhateverTheInitializer() {
        NetworkDescription d = new NetworkDescription(40, List.of(LayerDescription.dense(500), LayerDescription.relu(),
                LayerDescription.dense(1)), LossType.MSE, 0, Initializer.xavier(), Parameterization.NTK);
        Network net = d.build();
        double[] params = net.initialParameters(d.initializer(), 1);
        double sum = 0;
        double squares = 0;
        int weights = 40 * 500;
        for (int i = 0; i < weights; i++) {
            sum += params[i];
            squares += params[i] * params[i];
        }
        assertEquals(0, sum / weights, 0.03);
        assertEquals(1, squares / weights, 0.03);
        for (int i = weights; i < weights + 500; i++) {
            assertEquals(0, params[i], "biases start at 0");
        }
        double[] standard = d.withParameterization(Parameterization.STANDARD).build().initialParameters(
                Initializer.xavier(), 1);
        assertNotEquals(standard[0], params[0], "the standard network keeps its initializer");
    }

    @Test
    void theOutputOfAWideNtkNetworkStaysOfOrderOne() {
        for (int width : new int[] {64, 4096}) {
            NetworkDescription d = new NetworkDescription(3, List.of(LayerDescription.dense(width),
                    LayerDescription.relu(), LayerDescription.dense(1)), LossType.MSE, 0, Initializer.pytorchDefault(),
                    Parameterization.NTK);
            Network net = d.build();
            Batch x = DerivativeCheck.regression(200, 3, 1, 7);
            Workspace ws = net.newWorkspace(200);
            net.loss(ws, net.initialParameters(d.initializer(), 2), new double[0], x, PassMode.EVAL);
            double s = 0;
            for (int i = 0; i < 200; i++) {
                s += ws.output()[i] * ws.output()[i];
            }
            double rms = Math.sqrt(s / 200);
            assertTrue(rms > 0.3 && rms < 3, "width " + width + ": output rms " + rms);
        }
    }

    @Test
    void validationNamesLayersItCannotScale() {
        NetworkDescription d = new NetworkDescription(4, List.of(LayerDescription.dense(6), LayerDescription.layerNorm(),
                LayerDescription.relu(), LayerDescription.dense(2)), LossType.MSE, 0, Initializer.pytorchDefault(),
                Parameterization.MEAN_FIELD);
        List<Problem> problems = d.validate();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("layer 2", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("mean-field parameterisation scales Dense layers only"),
                problems.get(0).message());
        assertTrue(d.withParameterization(Parameterization.STANDARD).validate().isEmpty());
        NetworkDescription none = new NetworkDescription(4, List.of(LayerDescription.relu()), LossType.MSE, 0,
                Initializer.pytorchDefault(), Parameterization.NTK);
        assertTrue(none.validate().stream().anyMatch(q -> q.message().contains("the network has none")),
                none.validate().toString());
    }
}
