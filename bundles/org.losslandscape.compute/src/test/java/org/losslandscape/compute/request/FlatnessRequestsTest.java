package org.losslandscape.compute.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.losslandscape.compute.curvature.DenseBlocks.maxAbsDifference;
import static org.losslandscape.compute.curvature.DenseBlocks.submatrix;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.curvature.CurvatureOperator;
import org.losslandscape.compute.curvature.DenseHessian;
import org.losslandscape.compute.curvature.LayerCurvature;
import org.losslandscape.compute.curvature.LayerRescaling;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.pacbayes.PacBayesBound;
import org.losslandscape.compute.pacbayes.PosteriorShape;

/**
 * The flatness requests on a small ReLU network against dense matrices: per-layer λ_max of the Hessian and the
 * Gauss–Newton matrix equal the largest eigenvalues of the diagonal blocks, which for a ReLU network coincide (its
 * outputs are piecewise linear in each layer's parameters) while the full matrices do not; the rescaled point has the
 * same outputs and the dense λ_max of the rescaled Hessian.
 */
class FlatnessRequestsTest {

    private static final NetworkDescription RELU = new NetworkDescription(4, List.of(LayerDescription.dense(7),
            LayerDescription.relu(), LayerDescription.dense(3)), LossType.CROSS_ENTROPY, 0, Initializer.normal(0.8));

    private static ModelState model() {
        Network network = RELU.build();
        return new ModelState(RELU, network.initialParameters(RELU.initializer(), 5), network.initialBuffers());
    }

    @Test
    void perLayerHessianAndGaussNewtonSpectraAgreeWithDenseBlocks() {
        ModelState m = model();
        DataReference data = DataReference.of(Requests.rows(40, 3));
        try (ComputeContext threads = ComputeContext.withThreads(1); ComputeContext.Binding b = threads.bind()) {
            Execution execution = Execution.on(threads);
            List<LayerCurvature.BlockSpectrum> spectra = new LayerCurvatureRequest(m, data, List.of(
                    CurvatureOperator.HESSIAN, CurvatureOperator.GAUSS_NEWTON), 4, 60, 20, 7).compute(execution);
            assertEquals(List.of("all", "0", "2", "all", "0", "2"), spectra.stream().map(
                    LayerCurvature.BlockSpectrum::block).toList());
            NetworkObjective f = Objectives.evaluationLoss(m, data, execution);
            double[][] h = DenseHessian.compute(f, m.parameters());
            double[][] g = DenseHessian.compute(CurvatureOperator.GAUSS_NEWTON.of(f), m.parameters());
            int first = 4 * 7 + 7;
            int second = m.parameters().length - first;
            for (LayerCurvature.BlockSpectrum s : spectra) {
                double[][] full = s.operator() == CurvatureOperator.HESSIAN ? h : g;
                double[][] dense = switch (s.block()) {
                    case "all" -> full;
                    case "0" -> submatrix(full, 0, first);
                    default -> submatrix(full, first, second);
                };
                double[] values = DenseHessian.eigen(dense).values();
                double top = values[values.length - 1];
                assertEquals(top, s.lambdaMax(), 1e-9 * Math.abs(top), s.operator() + " " + s.block());
            }
            // a ReLU network's outputs are piecewise linear in each layer's parameters: the diagonal blocks agree
            assertTrue(maxAbsDifference(submatrix(h, 0, first), submatrix(g, 0, first)) < 1e-12);
            assertTrue(maxAbsDifference(submatrix(h, first, second), submatrix(g, first, second)) < 1e-12);
            assertTrue(maxAbsDifference(h, g) > 1e-3, "the off-diagonal blocks differ");
            assertEquals(spectra.get(1).lambdaMax(), spectra.get(4).lambdaMax(), 1e-9 * spectra.get(1).lambdaMax());
        }
    }

    @Test
    void theRescaledNetworkHasTheSameOutputsAndTheDenseLambdaMaxOfItsHessian() {
        ModelState m = model();
        DataReference data = DataReference.of(Requests.rows(30, 4));
        LayerRescaling rescaling = new LayerRescaling("0", "2");
        try (ComputeContext threads = ComputeContext.withThreads(1); ComputeContext.Binding b = threads.bind()) {
            Execution execution = Execution.on(threads);
            RescalingRequest.Measured r = new RescalingRequest(m, data, rescaling, new double[] {0.2, 1, 5}, 0.05,
                    5, 10, 3).compute(execution);
            NetworkObjective f = Objectives.evaluationLoss(m, data, execution);
            for (int j = 0; j < 3; j++) {
                assertTrue(r.outputDifference()[j] < 1e-12, "α = " + r.alphas()[j]);
                assertEquals(f.value(m.parameters()), r.loss()[j], 1e-12);
                double[] point = rescaling.apply(f.network(), m.parameters(), r.alphas()[j]);
                double[] values = DenseHessian.spectrum(f, point).values();
                assertEquals(values[values.length - 1], r.lambdaMax()[j], 1e-8 * values[values.length - 1]);
                assertEquals(r.adaptiveSharpness()[1], r.adaptiveSharpness()[j], 1e-9 * r.adaptiveSharpness()[1]);
            }
            assertTrue(r.lambdaMax()[0] > 5 * r.lambdaMax()[1] || r.lambdaMax()[2] > 5 * r.lambdaMax()[1]);
        }
    }

    @Test
    void theBoundWithoutTestRowsHasNoTestErrorAndAPriorOfAnotherLengthIsRefused() {
        ModelState m = model();
        DataReference data = DataReference.of(Requests.rows(50, 6));
        try (ComputeContext threads = ComputeContext.withThreads(1); ComputeContext.Binding b = threads.bind()) {
            PacBayesBound.Result r = new PacBayesRequest(m, new double[m.parameters().length], data, null,
                    PosteriorShape.ISOTROPIC, new double[] {0.01, 0.1}, 0.05, 0.05, 3, 1).compute(Execution.on(
                            threads));
            assertTrue(Double.isNaN(r.testError()[0]) && Double.isNaN(r.solutionTestError()));
            assertEquals(3, r.samples());
            assertEquals(50, r.trainingRows());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PacBayesRequest(m,
                new double[3], data, null, PosteriorShape.ISOTROPIC, new double[] {0.1}, 0.05, 0.05, 3, 1));
        assertTrue(e.getMessage().contains("the prior's centre has 3 entries"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LayerCurvatureRequest(m, data, List.of(
                CurvatureOperator.HESSIAN, CurvatureOperator.HESSIAN), 1, 5, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> new RescalingRequest(m, data, new LayerRescaling("0",
                "2"), new double[] {-1}, 0.05, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LayerRescaling("0", "1").apply(RELU.build(), m
                .parameters(), 2), "layer 1 (ReLU) has no weight");
    }
}
