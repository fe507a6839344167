package org.losslandscape.compute.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;

/** Forward behaviour of Embedding, Dropout, LayerNorm, BatchNorm and Residual: values, statistics, checks. */
class LayerBehaviourTest {

    private static double[] forward(Network net, double[] params, double[] buffers, Batch batch, PassMode mode) {
        Workspace ws = net.newWorkspace(batch.n());
        net.loss(ws, params, buffers, batch, mode);
        return Arrays.copyOf(ws.output(), batch.n() * net.outputWidth());
    }

    private static Batch gaussian(int n, int width, double shift, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * width];
        for (int i = 0; i < x.length; i++) {
            x[i] = shift + 3 * rng.nextGaussian();
        }
        return new Batch(x, n, width, null, 0, new double[n * width], width);
    }

    // ---- Dropout ----

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.5, 0.8})
    void dropoutZeroesAboutAFractionPAndScalesTheRest(double p) {
        int n = 40;
        int width = 500;
        Network net = new Network(List.of(new Dropout(width, p)), new MeanSquaredError());
        Batch b = gaussian(n, width, 0, 3);
        double[] y = forward(net, new double[0], new double[0], b, PassMode.trainFrozen(77));
        int zeros = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0) {
                zeros++;
            } else {
                assertEquals(b.features()[i] / (1 - p), y[i], 1e-12);
            }
        }
        double fraction = (double) zeros / y.length;
        assertEquals(p, fraction, 0.01, "fraction of zeroed outputs");
    }

    @Test
    void dropoutMaskIsFixedBySeedAndEvaluationIsTheIdentity() {
        Network net = new Network(List.of(new Dense(10, 10), new Dropout(10, 0.5), new Dense(10, 10)),
                new MeanSquaredError());
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 1);
        Batch b = gaussian(6, 10, 0, 4);
        double[] a1 = forward(net, params, new double[0], b, PassMode.trainFrozen(5));
        double[] a2 = forward(net, params, new double[0], b, PassMode.trainStep(5));
        double[] other = forward(net, params, new double[0], b, PassMode.trainFrozen(6));
        assertArrayEquals(a1, a2, 0);
        assertFalse(Arrays.equals(a1, other), "another seed should draw another mask");

        Network plain = new Network(List.of(new Dense(10, 10), new Dense(10, 10)), new MeanSquaredError());
        assertArrayEquals(forward(plain, params, new double[0], b, PassMode.EVAL),
                forward(net, params, new double[0], b, PassMode.EVAL), 0);
    }

    @Test
    void twoDropoutLayersDrawDifferentMasks() {
        Network net = new Network(List.of(new Dropout(200, 0.5), new Dropout(200, 0.5)), new MeanSquaredError());
        Batch b = gaussian(1, 200, 5, 1);
        Workspace ws = net.newWorkspace(1);
        net.loss(ws, new double[0], new double[0], b, PassMode.trainFrozen(9));
        // with independent masks about a quarter survive both; with equal masks half would
        long survivors = Arrays.stream(ws.output()).filter(v -> v != 0).count();
        assertTrue(survivors > 30 && survivors < 70, "survivors " + survivors);
    }

    @Test
    void dropoutRejectsARateOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new Dropout(3, 1));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(3, -0.1));
    }

    // ---- LayerNorm / BatchNorm ----

    @Test
    void layerNormRowsHaveMeanZeroAndVarianceOne() {
        int n = 5;
        int width = 7;
        Network net = new Network(List.of(new LayerNorm(width, 1e-12, false)), new MeanSquaredError());
        double[] y = forward(net, new double[0], new double[0], gaussian(n, width, 4, 2), PassMode.EVAL);
        for (int i = 0; i < n; i++) {
            double mean = 0;
            double sq = 0;
            for (int j = 0; j < width; j++) {
                mean += y[i * width + j] / width;
                sq += y[i * width + j] * y[i * width + j] / width;
            }
            assertEquals(0, mean, 1e-12);
            assertEquals(1, sq - mean * mean, 1e-9);
        }
    }

    @Test
    void layerNormAffineAppliesScaleAndShiftPerFeature() {
        LayerNorm ln = new LayerNorm(3, 1e-12, true);
        Network net = new Network(List.of(ln), new MeanSquaredError());
        double[] params = net.initialParameters(Initializer.normal(1), 0);
        assertArrayEquals(new double[] {1, 1, 1, 0, 0, 0}, params, 0, "γ = 1, β = 0");
        params = new double[] {2, 3, 4, 0.5, -1, 0};
        Batch b = new Batch(new double[] {1, 2, 3}, 1, 3, null, 0, new double[3], 3);
        double[] y = forward(net, params, new double[0], b, PassMode.EVAL);
        double s = Math.sqrt(1.5); // x̂ = (−1, 0, 1)/√(2/3)
        assertArrayEquals(new double[] {-2 * s + 0.5, -1, 4 * s}, y, 1e-9);
        assertEquals("weight", ln.parameterBlocks().get(0).name());
        assertEquals(ParameterBlock.Role.NORM_SHIFT, ln.parameterBlocks().get(1).role());
        assertArrayEquals(new int[] {3}, ln.parameterBlocks().get(0).shape());
    }

    @Test
    void batchNormColumnsHaveMeanZeroAndVarianceOneInTraining() {
        int n = 9;
        int width = 4;
        Network net = new Network(List.of(new BatchNorm(width, 1e-12, 0.1, true)), new MeanSquaredError());
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 0);
        double[] y = forward(net, params, net.initialBuffers(), gaussian(n, width, -2, 5),
                PassMode.trainFrozen(0));
        for (int j = 0; j < width; j++) {
            double mean = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                mean += y[i * width + j] / n;
                sq += y[i * width + j] * y[i * width + j] / n;
            }
            assertEquals(0, mean, 1e-12);
            assertEquals(1, sq - mean * mean, 1e-9);
        }
    }

    @Test
    void batchNormRunningStatisticsFollowPyTorch() {
        double momentum = 0.2;
        Network net = new Network(List.of(new BatchNorm(2, 1e-5, momentum, false)), new MeanSquaredError());
        double[] buffers = net.initialBuffers();
        assertArrayEquals(new double[] {0, 0, 1, 1}, buffers, 0);
        Batch b1 = new Batch(new double[] {1, 10, 2, 20, 6, 0}, 3, 2, null, 0, new double[6], 2);
        Batch b2 = new Batch(new double[] {-1, 4, 3, 8}, 2, 2, null, 0, new double[4], 2);
        // feature 0 of b1: mean 3, unbiased variance ((−2)² + (−1)² + 3²)/2 = 7; feature 1: mean 10, variance 100
        forward(net, new double[0], buffers, b1, PassMode.trainFrozen(0));
        assertArrayEquals(new double[] {0, 0, 1, 1}, buffers, 0, "a frozen pass leaves the buffers");
        forward(net, new double[0], buffers, b1, PassMode.trainStep(0));
        double m0 = 0.8 * 0 + 0.2 * 3;
        double m1 = 0.8 * 0 + 0.2 * 10;
        double v0 = 0.8 * 1 + 0.2 * 7;
        double v1 = 0.8 * 1 + 0.2 * 100;
        assertArrayEquals(new double[] {m0, m1, v0, v1}, buffers, 1e-12);
        // b2: feature 0 mean 1, unbiased variance 8; feature 1 mean 6, variance 8
        forward(net, new double[0], buffers, b2, PassMode.trainStep(0));
        double[] expected = {0.8 * m0 + 0.2 * 1, 0.8 * m1 + 0.2 * 6, 0.8 * v0 + 0.2 * 8, 0.8 * v1 + 0.2 * 8};
        assertArrayEquals(expected, buffers, 1e-12);
        double[] snapshot = buffers.clone();
        forward(net, new double[0], buffers, b2, PassMode.EVAL);
        assertArrayEquals(snapshot, buffers, 0, "evaluation leaves the buffers");

        // evaluation normalises with the running statistics
        double[] y = forward(net, new double[0], buffers, b2, PassMode.EVAL);
        assertEquals((-1 - expected[0]) / Math.sqrt(expected[2] + 1e-5), y[0], 1e-9);
        assertEquals((8 - expected[1]) / Math.sqrt(expected[3] + 1e-5), y[3], 1e-9);
    }

    @Test
    void batchNormTrainingNeedsTwoRows() {
        Network net = new Network(List.of(new BatchNorm(2)), new MeanSquaredError());
        Batch one = new Batch(new double[] {1, 2}, 1, 2, null, 0, new double[2], 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> forward(net, net.initialParameters(Initializer.pytorchDefault(), 0), net.initialBuffers(), one,
                        PassMode.trainFrozen(0)));
        assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
        forward(net, net.initialParameters(Initializer.pytorchDefault(), 0), net.initialBuffers(), one,
                PassMode.EVAL);
    }

    // ---- Embedding ----

    @Test
    void embeddingConcatenatesTheTokenVectors() {
        Embedding emb = new Embedding(4, 2, 3);
        Network net = new Network(List.of(emb), new MeanSquaredError());
        double[] table = {0, 1, 10, 11, 20, 21, 30, 31};
        Batch b = new Batch(new double[] {3, 0, 3, 1, 2, 1}, 2, 3, null, 0, new double[12], 6);
        double[] y = forward(net, table, new double[0], b, PassMode.EVAL);
        assertArrayEquals(new double[] {30, 31, 0, 1, 30, 31, 10, 11, 20, 21, 10, 11}, y, 0);
        assertEquals(6, net.outputWidth());
        assertEquals(8, net.parameterCount());
        assertEquals(ParameterBlock.Role.EMBEDDING, emb.parameterBlocks().get(0).role());
        assertArrayEquals(new int[] {4, 2}, emb.parameterBlocks().get(0).shape());
    }

    @Test
    void embeddingRejectsIdsThatAreNotTokens() {
        Network net = new Network(List.of(new Embedding(4, 2, 2)), new MeanSquaredError());
        double[] table = new double[8];
        for (double bad : new double[] {2.5, -1, 4, Double.NaN}) {
            Batch b = new Batch(new double[] {0, 1, 3, bad}, 2, 2, null, 0, new double[8], 4);
            var e = assertThrows(IllegalArgumentException.class,
                    () -> forward(net, table, new double[0], b, PassMode.EVAL));
            assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains(String.valueOf(bad))
                    && e.getMessage().contains("[0, 4)"), e.getMessage());
        }
    }

    @Test
    void embeddingAfterAnotherLayerIsRefused() {
        Network net = new Network(List.of(new Dense(2, 2), new Embedding(4, 2, 2)), new MeanSquaredError());
        Batch b = new Batch(new double[] {0, 1}, 1, 2, null, 0, new double[4], 4);
        var e = assertThrows(IllegalStateException.class,
                () -> forward(net, new double[net.parameterCount()], new double[0], b, PassMode.EVAL));
        assertTrue(e.getMessage().contains("first layer"), e.getMessage());
    }

    @Test
    void embeddingInitialisation() {
        Network net = new Network(List.of(new Embedding(100, 50, 1)), new MeanSquaredError());
        double[] p = net.initialParameters(Initializer.pytorchDefault(), 3);
        assertEquals(1, Math.sqrt(Arrays.stream(p).map(v -> v * v).average().orElseThrow()), 0.05, "N(0, 1)");
        p = net.initialParameters(Initializer.normal(0.02), 3);
        assertEquals(0.02, Math.sqrt(Arrays.stream(p).map(v -> v * v).average().orElseThrow()), 0.002);
        p = net.initialParameters(Initializer.kaiming(), 3);
        assertEquals(Math.sqrt(2.0 / 50), Math.sqrt(Arrays.stream(p).map(v -> v * v).average().orElseThrow()), 0.01,
                "Kaiming with fan_in = dim");
        assertTrue(Arrays.stream(net.initialParameters(Initializer.zeros(), 3)).allMatch(v -> v == 0));
    }

    // ---- Residual ----

    @Test
    void residualAddsTheInputAndNamesItsParametersByIndex() {
        Residual block = new Residual(List.of(new Dense(3, 5), new Activation(Activation.Function.TANH, 5),
                new Dense(5, 3)));
        Network net = new Network(List.of(new Dense(2, 3), block,
                new Residual(List.of(new LayerNorm(3), new Residual(List.of(new Dense(3, 3))))), new Dense(3, 2)),
                new SoftmaxCrossEntropy());
        List<String> names = net.parameterBlocks().stream().map(Network.NamedBlock::name).toList();
        assertEquals(List.of("0.weight", "0.bias", "1.0.weight", "1.0.bias", "1.2.weight", "1.2.bias", "2.0.weight",
                "2.0.bias", "2.1.0.weight", "2.1.0.bias", "3.weight", "3.bias"), names);
        int expected = 0;
        for (Network.NamedBlock b : net.parameterBlocks()) {
            assertEquals(expected, b.offset(), b.name());
            expected += b.block().size();
        }
        assertEquals(net.parameterCount(), expected);
        String summary = net.summary();
        assertTrue(summary.contains("Residual (3 layers)") && summary.contains("  Dense 3 → 5"), summary);

        // y = x + F(x) on its own
        Network alone = new Network(List.of(block), new MeanSquaredError());
        double[] params = alone.initialParameters(Initializer.pytorchDefault(), 2);
        Batch b = gaussian(4, 3, 0, 8);
        Network body = new Network(block.children(), new MeanSquaredError());
        double[] f = forward(body, params, new double[0], b, PassMode.EVAL);
        double[] y = forward(alone, params, new double[0], b, PassMode.EVAL);
        for (int i = 0; i < y.length; i++) {
            assertEquals(b.features()[i] + f[i], y[i], 1e-12);
        }
    }

    @Test
    void residualMustKeepTheWidth() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Residual(List.of(new Dense(4, 3))));
        assertTrue(e.getMessage().contains("maps 4 features to 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Residual(List.of()));
    }
}
