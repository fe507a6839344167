package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.dynamics.LocalLearningCoefficient;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;

/**
 * The local learning coefficient of the model's loss on {@code data} at the model's parameters, by SGLD chains
 * ({@link LocalLearningCoefficient}); the loss of each step is the network's in evaluation mode at the model's
 * buffers, on the step's mini-batch.
 *
 * @param model w* (the network, its parameters and buffers)
 * @param data the n rows of the loss
 * @param settings γ, β, the step size, the chains and the seed
 */
public record LearningCoefficientRequest(ModelState model, DataReference data,
        LocalLearningCoefficient.Settings settings) implements ComputeRequest<LocalLearningCoefficient.Estimate> {

    /** The task id. */
    public static final String TASK = "learning-coefficient";

    /** Checks the parts are there. */
    public LearningCoefficientRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public LocalLearningCoefficient.Estimate compute(Execution execution) {
        Network network = model.network(execution.layers());
        Dataset rows = execution.data().resolve(data);
        double[] buffers = model.buffers();
        return LocalLearningCoefficient.estimate(r -> new NetworkObjective(network, Batch.of(rows, r), buffers
                .clone(), PassMode.EVAL), rows.size(), model.parameters(), settings, execution.monitor());
    }
}
