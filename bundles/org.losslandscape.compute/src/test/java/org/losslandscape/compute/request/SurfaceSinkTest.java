package org.losslandscape.compute.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.NetworkDescription;

/** An execution's surface sink hears each stage of a surface request, coarse to fine, and the points between. */
class SurfaceSinkTest {

    @Test
    void theSinkHearsEveryStageAndThePointsBetween() {
        NetworkDescription d = new NetworkDescription(5, List.of(LayerDescription.dense(8), LayerDescription.tanh(),
                LayerDescription.dense(3)), LossType.CROSS_ENTROPY);
        var network = d.build();
        SplittableRandom rng = new SplittableRandom(4);
        double[] x = new double[30 * 5];
        int[] y = new int[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.nextInt(3);
        }
        Dataset rows = new Dataset("random", 30, 5, x, 3, y, 0, null);
        Grid grid = Grid.square(-1, 1, 17);
        SurfaceRequest request = new SurfaceRequest(new ModelState(d, network.initialParameters(
                Initializer.pytorchDefault(), 3), network.initialBuffers()), new Slice.Random(
                        Directions.Normalization.FILTER, false, false, 9), DataReference.of(rows), null, grid);
        List<Integer> strides = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int[] points = {0};
        try (ComputeContext threads = ComputeContext.withThreads(2); ComputeContext.Binding b = threads.bind()) {
            Surface heard = request.compute(Execution.on(threads).withSurfaces(new SurfaceSink() {
                @Override
                public void stage(SurfaceRequest r, Surface surface, int stride) {
                    assertTrue(r == request);
                    strides.add(stride);
                    counts.add(surface.computedCount());
                }

                @Override
                public void points(SurfaceRequest r, Surface surface) {
                    points[0]++;
                }
            }));
            assertEquals(List.of(8, 4, 2, 1), strides);
            assertEquals(List.of(9, 25, 81, 289), counts, "3², 5², 9², 17² points after each stage");
            assertTrue(points[0] >= 4, "points between the stages: " + points[0]);
            assertArrayEquals(request.compute(Execution.on(threads)).losses(), heard.losses(), 0,
                    "listening changes nothing");
        }
    }
}
