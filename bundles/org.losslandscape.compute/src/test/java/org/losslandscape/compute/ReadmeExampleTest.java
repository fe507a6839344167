package org.losslandscape.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.ModularArithmetic;
import org.losslandscape.compute.data.ModularArithmetic.Encoding;
import org.losslandscape.compute.data.ModularArithmetic.Operation;
import org.losslandscape.compute.data.Split;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.optim.LearningRateSchedule;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.train.Trainer;
import org.losslandscape.compute.train.TrainingConfig;
import org.losslandscape.compute.train.TrainingResult;
import org.losslandscape.compute.train.TrainingStatus;

/** The README's example, as written there (fewer steps), so that it stays true. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleTrains() {
        Split data = ModularArithmetic.split(97, Operation.ADD, Encoding.ONE_HOT, 0.3, 0);
        Network net = new NetworkDescription(194, List.of(LayerDescription.dense(256), LayerDescription.relu(),
                LayerDescription.dense(97)), LossType.CROSS_ENTROPY).build();
        OptimizerInstance adamw = OptimizerRegistry.builtIns().require("adamw")
                .create(net.parameterCount(), Map.of("lr", 1e-3, "weight_decay", 1.0));
        TrainingResult r = new Trainer(net, data.train(), data.validation(),
                TrainingConfig.fullBatch(60, 20, LearningRateSchedule.constant(1e-3), 0))
                .run(net.initialParameters(Initializer.pytorchDefault(), 0), net.initialBuffers(), adamw, null, null);
        assertEquals(TrainingStatus.COMPLETED, r.status());
        assertEquals(4, r.curve().size());
        assertTrue(r.last().trainLoss() < r.curve().get(0).trainLoss() - 0.3, r.curve().toString());
    }
}
