package org.losslandscape.compute.request;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;

/** The objective the curvature requests measure. */
final class Objectives {

    private Objectives() {
    }

    /**
     * @return the loss of the model's network on all of {@code data} in one batch, evaluation mode, at a copy of the
     *         model's buffers
     */
    static NetworkObjective evaluationLoss(ModelState model, Dataset data, Execution execution) {
        return new NetworkObjective(model.network(execution.layers()), Batch.of(data), model.buffers().clone(),
                PassMode.EVAL);
    }

    /** @return the model's loss on the referenced data, see {@link #evaluationLoss(ModelState, Dataset, Execution)} */
    static NetworkObjective evaluationLoss(ModelState model, DataReference data, Execution execution) {
        return evaluationLoss(model, execution.data().resolve(data), execution);
    }
}
