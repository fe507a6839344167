package org.losslandscape.compute.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.landscape.CurvatureMap;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * The curvature map (Li et al. 2018, section 6) of a tiny CNN, checked point by point against the eigenvalues of a
 * dense Hessian built independently, by central differences of the gradient.
 */
class CurvatureMapRequestTest {

    /** 1×5×5 images → Conv2d(2, 3×3) → BatchNorm2d → tanh → global average pool → Dense(3): 33 parameters. */
    private static final NetworkDescription CNN = new NetworkDescription(25, List.of(
            LayerDescription.of("UNFLATTEN").with("channels", 1).with("height", 5).with("width", 5),
            LayerDescription.of("CONV2D").with("outChannels", 2).with("kernel", 3),
            LayerDescription.of("BATCH_NORM2D"), LayerDescription.tanh(), LayerDescription.of("GLOBAL_AVG_POOL"),
            LayerDescription.dense(3)), LossType.CROSS_ENTROPY);

    private static Dataset images(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * 25];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(3);
        }
        return new Dataset("images", n, 25, x, 3, y, 0, null);
    }

    private static ModelState model() {
        Network network = CNN.build();
        double[] buffers = network.initialBuffers();
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] += 0.05 * (i % 3); // running statistics that are not the initial ones
        }
        double[] params = network.initialParameters(CNN.initializer(), 3);
        for (int i = 0; i < params.length; i++) {
            params[i] *= 2; // larger weights, so that the Hessian is clearly indefinite
        }
        return new ModelState(CNN, params, buffers);
    }

    /** @return ascending eigenvalues of the Hessian at {@code point} by central differences of the gradient */
    private static double[] finiteDifferenceSpectrum(NetworkObjective f, double[] point) {
        int n = point.length;
        double h = 1e-5;
        double[][] columns = new double[n][n];
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j++) {
            double[] p = point.clone();
            p[j] += h;
            f.valueAndGradient(p, plus);
            p[j] -= 2 * h;
            f.valueAndGradient(p, minus);
            for (int i = 0; i < n; i++) {
                columns[j][i] = (plus[i] - minus[i]) / (2 * h);
            }
        }
        double[][] sym = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sym[i][j] = 0.5 * (columns[i][j] + columns[j][i]);
            }
        }
        double[] values = new EigenDecomposition(MatrixUtils.createRealMatrix(sym)).getRealEigenvalues();
        java.util.Arrays.sort(values);
        return values;
    }

    @Test
    void bothEndsAtEveryPointAreTheDenseHessiansOnTheSurfacesPlane() {
        ModelState m = model();
        Dataset rows = images(12, 7);
        Slice slice = new Slice.Random(Directions.Normalization.FILTER, false, false, 11);
        Grid grid = new Grid(-1, 1, 3, -0.5, 1, 3);
        int n = m.parameters().length;
        assertEquals(33, n);
        try (ComputeContext threads = ComputeContext.withThreads(2); ComputeContext.Binding b = threads.bind()) {
            // Lanczos over the whole space: its Ritz values are the eigenvalues
            CurvatureMap map = new CurvatureMapRequest(m, slice, DataReference.of(rows), grid, n, 5)
                    .compute(Execution.on(threads));
            assertTrue(map.isComplete());
            Network network = CNN.build();
            Plane plane = new SurfaceRequest(m, slice, DataReference.of(rows), null, grid).plane(network);
            NetworkObjective f = new NetworkObjective(network, Batch.of(rows), m.buffers().clone(), PassMode.EVAL);
            boolean negative = false;
            for (int[] at : new int[][] {{0, 0}, {1, 1}, {2, 1}, {2, 2}}) {
                double[] spectrum = finiteDifferenceSpectrum(f, plane.point(grid.x(at[0]), grid.y(at[1])));
                double max = spectrum[n - 1];
                double min = spectrum[0];
                int i = grid.index(at[0], at[1]);
                double scale = Math.max(Math.abs(max), Math.abs(min));
                assertEquals(max, map.lambdaMax()[i], 1e-6 * scale, "λ_max at " + at[0] + "," + at[1]);
                assertEquals(min, map.lambdaMin()[i], 1e-6 * scale, "λ_min at " + at[0] + "," + at[1]);
                assertEquals(Math.abs(min / max), map.ratio()[i], 1e-5);
                negative |= min < -1e-3 * max;
            }
            assertTrue(negative, "the test must see negative curvature somewhere");
            // the points differ: the map is not one value copied
            assertTrue(Math.abs(map.lambdaMax()[0] - map.lambdaMax()[8]) > 1e-3 * Math.abs(map.lambdaMax()[0]));
        }
    }

    @Test
    void fewStepsGiveBoundsInsideTheSpectrum() {
        ModelState m = model();
        Dataset rows = images(12, 7);
        try (ComputeContext threads = ComputeContext.withThreads(1); ComputeContext.Binding b = threads.bind()) {
            Slice slice = new Slice.Random(Directions.Normalization.FILTER, false, false, 11);
            Grid grid = new Grid(-1, 1, 2, -1, 1, 2);
            CurvatureMap exact = new CurvatureMapRequest(m, slice, DataReference.of(rows), grid, 33, 5)
                    .compute(Execution.on(threads));
            CurvatureMap coarse = new CurvatureMapRequest(m, slice, DataReference.of(rows), grid, 8, 5)
                    .compute(Execution.on(threads));
            for (int i = 0; i < grid.size(); i++) {
                double max = exact.lambdaMax()[i];
                assertTrue(coarse.lambdaMax()[i] <= max + 1e-9 && coarse.lambdaMax()[i] > 0.5 * max,
                        "Ritz value below λ_max and near it: " + coarse.lambdaMax()[i] + " vs " + max);
                assertTrue(coarse.lambdaMin()[i] >= exact.lambdaMin()[i] - 1e-9);
            }
        }
    }

    @Test
    void aCancelledMapKeepsThePointsItHas() {
        ModelState m = model();
        DataReference rows = DataReference.of(images(8, 2));
        ProgressMonitor stopAfterTwo = new ProgressMonitor() {
            private long done;

            @Override
            public void progress(long d, long total, String message) {
                done = d;
                assertEquals(9, total);
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };
        try (ComputeContext threads = ComputeContext.withThreads(1); ComputeContext.Binding b = threads.bind()) {
            CurvatureMap map = new CurvatureMapRequest(m, new Slice.Random(Directions.Normalization.FILTER, false,
                    false, 1), rows, Grid.square(-1, 1, 3), 6, 0).compute(Execution.on(threads)
                            .withMonitor(stopAfterTwo));
            assertFalse(map.isComplete());
            assertFalse(Double.isNaN(map.lambdaMax()[1]));
            assertTrue(Double.isNaN(map.lambdaMax()[2]) && Double.isNaN(map.ratio()[8]));
        }
    }

    @Test
    void tooFewStepsAreNamed() {
        ModelState m = model();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CurvatureMapRequest(m,
                new Slice.Random(Directions.Normalization.FILTER, false, false, 1), DataReference.of(images(4, 1)),
                Grid.square(-1, 1, 3), 1, 0));
        assertTrue(e.getMessage().contains("at least 2 Lanczos steps"), e.getMessage());
    }
}
