package org.losslandscape.core.compile;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.LearningRateSchedule;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.train.TrainingConfig;

/**
 * An experiment ready for the engine. The optimizer instance is stateful: a compiled experiment trains once; use
 * {@link #newOptimizerInstance()} for a fresh state. The arrays belong to the record and are not modified by the
 * runner (the trainer copies them).
 *
 * @param name the experiment's name
 * @param train training data
 * @param validation validation data, or null when the validation fraction is 0
 * @param networkSpec the engine's description of the network (validated)
 * @param network the built network
 * @param initialParameters parameters before training, initialised with {@link #seed()}
 * @param initialBuffers buffers (running statistics) before training
 * @param optimizer the optimizer service
 * @param hyperParameters its resolved hyper-parameters
 * @param optimizerInstance a fresh optimizer state for {@link #network()}
 * @param schedule learning rate per step; the base rate is the optimizer's {@code lr}
 * @param training steps (epochs already converted), batches, evaluations, checkpoints, early stopping
 * @param seed the run's seed (initialisation, batch order, dropout, analyses)
 * @param imported the trained model the network's source brings in (the initial parameters and buffers are its), or
 *        null when the parameters come from the initializer
 */
public record CompiledExperiment(String name, Dataset train, Dataset validation, NetworkDescription networkSpec,
        Network network, double[] initialParameters, double[] initialBuffers, Optimizer optimizer,
        HyperParameterValues hyperParameters, OptimizerInstance optimizerInstance, LearningRateSchedule schedule,
        TrainingConfig training, long seed, ImportedModel imported) {

    /** A compiled experiment whose parameters come from the initializer. */
    public CompiledExperiment(String name, Dataset train, Dataset validation, NetworkDescription networkSpec,
            Network network, double[] initialParameters, double[] initialBuffers, Optimizer optimizer,
            HyperParameterValues hyperParameters, OptimizerInstance optimizerInstance, LearningRateSchedule schedule,
            TrainingConfig training, long seed) {
        this(name, train, validation, networkSpec, network, initialParameters, initialBuffers, optimizer,
                hyperParameters, optimizerInstance, schedule, training, seed, null);
    }

    /** @return a new optimizer state in its initial state, for the same network and hyper-parameters */
    public OptimizerInstance newOptimizerInstance() {
        return optimizer.create(network.parameterCount(), hyperParameters);
    }
}
