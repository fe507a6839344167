package org.losslandscape.compute.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.losslandscape.compute.connectivity.BezierConfig;
import org.losslandscape.compute.curvature.CurvatureOperator;
import org.losslandscape.compute.curvature.LayerRescaling;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.dynamics.ntk.WidthSweep;
import org.losslandscape.compute.dynamics.LocalLearningCoefficient;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.Parameterization;
import org.losslandscape.compute.optim.LearningRateSchedule;
import org.losslandscape.compute.pacbayes.PosteriorShape;
import org.losslandscape.compute.train.TrainingConfig;

/** One small request of every type, on a small classification task with a BatchNorm layer (so buffers exist). */
final class Requests {

    private Requests() {
    }

    static final NetworkDescription NETWORK = new NetworkDescription(4, List.of(LayerDescription.dense(6), LayerDescription.batchNorm(),
            LayerDescription.leakyRelu(0.05), LayerDescription.residual(LayerDescription.dense(6), LayerDescription.tanh()), LayerDescription.dense(3)),
            LossType.CROSS_ENTROPY, 0.1, Initializer.pytorchDefault());

    static Dataset rows(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * 4];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(3);
        }
        return new Dataset("random", n, 4, x, 3, y, 0, null);
    }

    static ModelState model(long seed) {
        Network network = NETWORK.build();
        double[] buffers = network.initialBuffers();
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] += 0.01 * i; // not the initial statistics, so that a lost buffer shows
        }
        return new ModelState(NETWORK, network.initialParameters(NETWORK.initializer(), seed), buffers);
    }

    /** @return one request of every task, the surfaces with both slice kinds */
    static List<ComputeRequest<?>> all() {
        ModelState m = model(1);
        ModelState other = model(2);
        DataReference train = DataReference.of(rows(24, 3));
        DataReference validation = DataReference.of(rows(10, 4));
        int p = m.parameters().length;
        double[] axis = new double[p];
        for (int i = 0; i < p; i++) {
            axis[i] = Math.sin(i) * 0.1;
        }
        List<double[]> path = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            double[] point = m.parameters().clone();
            for (int i = 0; i < p; i++) {
                point[i] += k * axis[i] + 0.01 * k * k * Math.cos(i);
            }
            path.add(point);
        }
        TrainingConfig config = new TrainingConfig(12, 8, 4, 5, LearningRateSchedule.cosine(0.1, 0.01, 12)
                .withLinearWarmup(3), 1.0, 0, 0, false, 7);
        return List.of(
                new TrainRequest(m, train, validation, "momentum", Map.of("lr", 0.1, "momentum", 0.9), config,
                        new TrainRequest.SharpnessTracking(4, 20.0, false)),
                new TrainRequest(m, train, null, "adam", Map.of("lr", 0.01), config.withCheckpointEvery(0),
                        new TrainRequest.SharpnessTracking(6, Double.NaN, true)),
                new SurfaceRequest(m, new Slice.Random(Directions.Normalization.FILTER, false, false, 5), train,
                        train, new Grid(-1, 1, 4, -0.5, 0.5, 3)),
                new SurfaceRequest(m, new Slice.Given(Plane.line(m.parameters(), axis)), validation, null,
                        Grid.line(-0.0, 2, 5)),
                new CurvatureMapRequest(m, new Slice.Random(Directions.Normalization.FILTER, false, false, 5), train,
                        new Grid(-1, 1, 2, -0.5, 0.5, 3), 6, 3),
                new EigenpairsRequest(m, train, EigenpairsRequest.Method.TOP, 2, 0, 0, 0),
                EigenpairsRequest.lanczos(m, train, 1, false),
                new EigenpairsRequest(m, train, EigenpairsRequest.Method.DOMINANT, 2, 100, 1e-7, 9),
                new DenseSpectrumRequest(m, train),
                new TraceRequest(m, train, 7, 11),
                new SpectralDensityRequest(m, train, 2, 6, 0.5, 32, 13),
                new SharpnessRequest(m, train, SharpnessRequest.Definition.EPSILON, 1e-3, 3, 17),
                new SharpnessRequest(m, train, SharpnessRequest.Definition.LAMBDA_MAX, 0, 0, 0),
                new ConnectivityRequest(m, other.parameters(), train, 5, true, new BezierConfig(20, 0.01, 0, 5, 19),
                        23),
                new TrajectoryPcaRequest(path),
                new ToySurfaceRequest("Himmelblau", 7, List.of(new double[] {-0.0, 1.5}, new double[] {2, -2}), 15,
                        0.25, List.of(new ToySurfaceRequest.ToyOptimizer("momentum", Map.of("lr", 0.01, "momentum",
                                0.9)), new ToySurfaceRequest.ToyOptimizer("adam", Map.of("lr", 0.05))), true, 9, 29),
                new ToySurfaceRequest("Saddle x^2 - y^2", 3, List.of(new double[] {0.5, 0.1}), 4, 0,
                        List.of(new ToySurfaceRequest.ToyOptimizer("sgd", Map.of("lr", 0.1))), false, 5, 0),
                new GradientFlowRequest(m, train, new double[] {0.05, 0.2}, 0.6, 3, 1e-9),
                new CriticalPointsRequest(m, train, List.of(m.parameters(), other.parameters()), 1e-6, 3, 2000, 2, 4,
                        31),
                new CriticalPointsRequest(m, train, List.of(other.parameters()), 1e-3, 2, 0, 3, 5, 37),
                new PacBayesRequest(m, other.parameters(), train, validation, PosteriorShape.LAYERWISE, new double[] {
                    1e-3, 0.01, 0.1}, 0.025, 0.01, 3, 31),
                new PacBayesRequest(m, other.parameters(), train, null, PosteriorShape.ISOTROPIC, new double[] {0.05},
                        0.05, 0.05, 2, 37),
                new LayerCurvatureRequest(m, train, List.of(CurvatureOperator.GAUSS_NEWTON,
                        CurvatureOperator.HESSIAN), 2, 4, 8, 41),
                new RescalingRequest(m, train, new LayerRescaling("0", "4"), new double[] {0.5, 1, 4}, 0.05, 2, 2,
                        43),
                new LazyRichRequest(mlp(), train, new WidthSweep.Settings(new int[] {3, 5}, List.of(
                        Parameterization.NTK, Parameterization.MEAN_FIELD), 3, 0.1, 4, 2, 31)),
                new GradientNoiseRequest(m, train, new int[] {1, 4}, 16, 2, 1, 20, 37),
                new LearningCoefficientRequest(m, train, new LocalLearningCoefficient.Settings(100, 0, 1e-4, 30, 5, 2,
                        8, 31)),
                new ImplicitBiasRequest(3, 7, 5, 1e-10));
    }

    /** @return a two-layer perceptron (the networks a parameterisation applies to) */
    static ModelState mlp() {
        NetworkDescription d = new NetworkDescription(4, List.of(LayerDescription.dense(6), LayerDescription.tanh(),
                LayerDescription.dense(3)), LossType.CROSS_ENTROPY);
        Network network = d.build();
        return new ModelState(d, network.initialParameters(d.initializer(), 3), network.initialBuffers());
    }
}
