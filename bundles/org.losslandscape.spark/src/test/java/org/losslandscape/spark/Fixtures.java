package org.losslandscape.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.request.DataReference;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.RequestFiles;
import org.losslandscape.compute.request.Slice;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.split.RequestKey;

/** Surface requests for the Spark tests, and their local answers. */
final class Fixtures {

    private Fixtures() {
    }

    /** Dense → ReLU → Dense with cross-entropy: swept by lines. */
    static NetworkDescription mlp(int inputs, int hidden, int classes) {
        return new NetworkDescription(inputs, List.of(LayerDescription.dense(hidden), LayerDescription.relu(),
                LayerDescription.dense(classes)), LossType.CROSS_ENTROPY);
    }

    /** With tanh layers: every point runs the whole network (more work per point). */
    static NetworkDescription deep(int inputs, int hidden, int classes) {
        return new NetworkDescription(inputs, List.of(LayerDescription.dense(hidden), LayerDescription.tanh(),
                LayerDescription.dense(hidden), LayerDescription.tanh(), LayerDescription.dense(classes)),
                LossType.CROSS_ENTROPY);
    }

    static Dataset rows(int n, int features, int classes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * features];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(classes);
        }
        return new Dataset("random", n, features, x, classes, y, 0, null);
    }

    static SurfaceRequest surface(NetworkDescription description, int rows, Grid grid) {
        var network = description.build();
        ModelState model = new ModelState(description, network.initialParameters(Initializer.pytorchDefault(), 3),
                network.initialBuffers());
        DataReference data = DataReference.of(rows(rows, description.inputWidth(), 3, 5));
        return new SurfaceRequest(model, new Slice.Random(Directions.Normalization.FILTER, false, false, 9), data,
                null, grid);
    }

    /** @return the surface computed by the local pool on two threads */
    static Surface local(SurfaceRequest request) {
        try (ComputeContext two = ComputeContext.withThreads(2); ComputeContext.Binding b = two.bind()) {
            return request.compute(Execution.on(two));
        }
    }

    /** Writes the request into {@code folder}; @return its payload */
    static RequestPayload payload(SurfaceRequest request, Path folder) throws IOException {
        RequestFiles.write(folder, request);
        return RequestPayload.of(RequestKey.of(folder), folder);
    }
}
