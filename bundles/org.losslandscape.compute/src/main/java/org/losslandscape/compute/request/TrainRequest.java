package org.losslandscape.compute.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.dynamics.SharpnessSample;
import org.losslandscape.compute.dynamics.SharpnessTracker;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.train.EvaluationRecord;
import org.losslandscape.compute.train.Trainer;
import org.losslandscape.compute.train.TrainingConfig;
import org.losslandscape.compute.train.TrainingListener;
import org.losslandscape.compute.train.TrainingResult;

/**
 * Training from the model's (initial) parameters with a named optimizer, optionally tracking λ_max along the way
 * (the edge of stability). The execution's {@linkplain Execution#events() listener} hears the evaluations,
 * checkpoints and steps; its {@linkplain Execution#optimizers() registry} supplies the optimizer.
 *
 * @param initial the network with its initial parameters and buffers
 * @param train the training rows
 * @param validation the validation rows, or null for none
 * @param optimizer the optimizer's id, e.g. {@code "adamw"}
 * @param hyperParameters the hyper-parameters given explicitly (the optimizer's defaults fill in the rest)
 * @param config steps, batches, schedule, evaluations, checkpoints, early stopping, seed
 * @param tracking λ_max tracking during training, or null for none
 */
public record TrainRequest(ModelState initial, DataReference train, DataReference validation, String optimizer,
        Map<String, Object> hyperParameters, TrainingConfig config, SharpnessTracking tracking)
        implements ComputeRequest<TrainRequest.Outcome> {

    /** The task id. */
    public static final String TASK = "train";

    /**
     * λ_max of the full-batch training loss every {@code every} steps (warm-started Lanczos, see
     * {@link SharpnessTracker}), recorded with the optimizer's stability threshold.
     *
     * @param every steps between measurements, ≥ 1
     * @param threshold the threshold recorded with each sample when the optimizer declares none itself (NaN when
     *        none is known); a {@link StabilityAware} optimizer's is evaluated at each sample, at the schedule's
     *        learning rate of that step (and the gradient norm there, for SAM)
     * @param preconditioned whether the preconditioned sharpness λ_max(P⁻¹H) is tracked instead, P from the
     *        optimizer's {@link StabilityAware#preconditioner} (which it must then declare)
     */
    public record SharpnessTracking(int every, double threshold, boolean preconditioned) {
    }

    /**
     * What training gave.
     *
     * @param result the training's outcome
     * @param sharpness the λ_max samples from step 0 on (from the first multiple of {@code every} when the
     *        sharpness is preconditioned; empty without tracking)
     */
    public record Outcome(TrainingResult result, List<SharpnessSample> sharpness) {
    }

    /** Checks the parts are there and keeps the hyper-parameters' order. */
    public TrainRequest {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(config, "config");
        hyperParameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperParameters));
    }

    @Override
    public String task() {
        return TASK;
    }

    /** @return the outcome; a diverging or cancelled run is a status of the result, not an exception */
    @Override
    public Outcome compute(Execution execution) {
        Network network = initial.network(execution.layers());
        Dataset trainRows = execution.data().resolve(train);
        Dataset validationRows = validation == null ? null : execution.data().resolve(validation);
        Optimizer o = execution.optimizers().find(optimizer).orElseThrow(() -> new IllegalArgumentException(
                "no optimizer '" + optimizer + "' is registered; known: " + execution.optimizers()));
        HyperParameterValues values = HyperParameterValues.resolve(o.hyperParameters(), hyperParameters);
        OptimizerInstance instance = o.create(network.parameterCount(), values);
        SharpnessTracker tracker = tracker(network, trainRows, o, instance, values);
        TrainingListener listener = execution.events();
        if (tracker != null) {
            Tracked tracked = new Tracked(execution.events(), tracker);
            if (!tracking.preconditioned()) { // a preconditioner is undefined before the first step
                tracked.measure(0, initial.parameters(), initial.buffers());
            }
            listener = tracked;
        }
        TrainingResult result = new Trainer(network, trainRows, validationRows, config).run(initial.parameters(),
                initial.buffers(), instance, listener, execution.monitor());
        return new Outcome(result, tracker == null ? List.of() : new ArrayList<>(tracker.samples()));
    }

    private SharpnessTracker tracker(Network network, Dataset trainRows, Optimizer optimizer,
            OptimizerInstance instance, HyperParameterValues values) {
        if (tracking == null) {
            return null;
        }
        SharpnessTracker t = SharpnessTracker.forNetwork(network, trainRows, Math.max(1, tracking.every()),
                tracking.threshold());
        if (tracking.preconditioned()) {
            if (!(optimizer instanceof StabilityAware stability) || !stability.preconditioned()) {
                throw new IllegalArgumentException("optimizer '" + optimizer.id() + "' declares no preconditioner, "
                        + "but the request tracks the preconditioned sharpness");
            }
            t = t.withPreconditioner(() -> stability.preconditioner(instance, values));
        }
        if (optimizer instanceof StabilityAware stability) {
            // the threshold of the step taken from the measured point: the schedule's rate there, and for a
            // state-dependent update (SAM) the gradient norm there
            t = t.withThreshold((step, gradientNorm) -> {
                try {
                    return stability.stabilityThreshold(config.schedule().rate(step), values, gradientNorm);
                } catch (IllegalArgumentException e) {
                    return Double.NaN;
                }
            });
        }
        return t;
    }

    /**
     * Hands every event to the execution's listener and measures the sharpness every {@code every} steps after it
     * heard the step; each sample goes to the listener at once ({@link TrainingListener#sharpness}), so that a view
     * follows λ_max while the run trains.
     */
    private record Tracked(TrainingListener events, SharpnessTracker tracker) implements TrainingListener {

        /** Measures now (before training) and tells the listener. */
        void measure(long step, double[] params, double[] buffers) {
            SharpnessSample s = tracker.measure(step, params, buffers);
            events.sharpness(s.step(), s.sharpness(), s.threshold());
        }

        @Override
        public void step(long step, double batchLoss, double learningRate) {
            events.step(step, batchLoss, learningRate);
        }

        @Override
        public void evaluated(EvaluationRecord record) {
            events.evaluated(record);
        }

        @Override
        public void checkpoint(long step, double[] params, double[] buffers, Map<String, double[]> state) {
            events.checkpoint(step, params, buffers, state);
        }

        @Override
        public void afterStep(long step, double[] params, double[] buffers) {
            events.afterStep(step, params, buffers);
            if (step % tracker.every() == 0) {
                measure(step, params, buffers);
            }
        }
    }
}
