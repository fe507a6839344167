package org.losslandscape.compute.split;

import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.request.DataReference;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.Slice;
import org.losslandscape.compute.request.SurfaceRequest;

/** Small surface requests for the split tests: one the evaluator sweeps by lines, one it evaluates point by point. */
final class SplitFixtures {

    private SplitFixtures() {
    }

    /** Dense → ReLU → Dense with cross-entropy: the evaluator's line sweep applies. */
    static final NetworkDescription MLP = new NetworkDescription(5, List.of(LayerDescription.dense(12),
            LayerDescription.relu(), LayerDescription.dense(3)), LossType.CROSS_ENTROPY);

    /** With BatchNorm and tanh: every point runs the whole network. */
    static final NetworkDescription DEEP = new NetworkDescription(5, List.of(LayerDescription.dense(8),
            LayerDescription.batchNorm(), LayerDescription.tanh(), LayerDescription.dense(3)), LossType.CROSS_ENTROPY);

    static Dataset rows(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * 5];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(3);
        }
        return new Dataset("random", n, 5, x, 3, y, 0, null);
    }

    static SurfaceRequest surface(NetworkDescription description, Grid grid, boolean recompute) {
        var network = description.build();
        ModelState model = new ModelState(description, network.initialParameters(Initializer.pytorchDefault(), 3),
                network.initialBuffers());
        DataReference data = DataReference.of(rows(40, 5));
        return new SurfaceRequest(model, new Slice.Random(Directions.Normalization.FILTER, false, grid.ny() == 1, 9),
                data, recompute ? data : null, grid);
    }
}
