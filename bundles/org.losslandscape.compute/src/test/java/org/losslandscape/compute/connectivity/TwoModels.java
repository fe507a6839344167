package org.losslandscape.compute.connectivity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.Datasets;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StepContext;

/** Two MLPs 2→32→32→2 trained on two moons from different initialisations, computed once per JVM. */
final class TwoModels {

    static final Network NETWORK = new Network(List.of(new Dense(2, 32), new Activation(Activation.Function.RELU, 32),
            new Dense(32, 32), new Activation(Activation.Function.RELU, 32), new Dense(32, 2)),
            new SoftmaxCrossEntropy());
    static final Dataset DATA = Datasets.twoMoons(100, 0.1, 7);
    static final double[] BUFFERS = NETWORK.initialBuffers();
    static final double[] A = train(11);
    static final double[] B = train(23);

    private TwoModels() {
    }

    static double[] train(long seed) {
        double[] params = NETWORK.initialParameters(Initializer.pytorchDefault(), seed);
        OptimizerInstance adam = OptimizerRegistry.builtIns().require("adam")
                .create(params.length, Map.of("lr", 0.01));
        Workspace ws = NETWORK.newWorkspace(DATA.size());
        Batch batch = Batch.of(DATA);
        double[] grad = new double[params.length];
        for (int step = 0; step < 1500; step++) {
            NETWORK.gradient(ws, params, BUFFERS, batch, PassMode.EVAL, grad);
            adam.step(params, grad, StepContext.of(0.01));
        }
        return params;
    }

    /** @return the network outputs (rows × width, row-major) on {@code data} */
    static double[] outputs(Network network, double[] params, Dataset data) {
        Workspace ws = network.newWorkspace(data.size());
        network.loss(ws, params, network.initialBuffers(), Batch.of(data), PassMode.EVAL);
        return Arrays.copyOf(ws.output(), data.size() * network.outputWidth());
    }
}
