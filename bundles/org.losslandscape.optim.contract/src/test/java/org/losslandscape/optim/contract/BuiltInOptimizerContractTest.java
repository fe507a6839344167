package org.losslandscape.optim.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerRegistry;

/** Runs {@link OptimizerContract} on everything {@link OptimizerRegistry#fromServiceLoader()} finds. */
class BuiltInOptimizerContractTest extends OptimizerContract {

    /** Learning rates that suit the quadratic 0.5 * sum_i i x_i^2, i = 1..10 (stable for curvature 10). */
    private static final Map<String, Double> LEARNING_RATES = Map.of(
            "sgd", 0.1, "momentum", 0.05, "nesterov", 0.05, "adagrad", 0.5, "rmsprop", 0.01,
            "adam", 0.05, "adamw", 0.05, "sam", 0.1);

    @Override
    protected List<Optimizer> optimizers() {
        return OptimizerRegistry.fromServiceLoader().all();
    }

    @Override
    protected double learningRate(Optimizer optimizer) {
        Double lr = LEARNING_RATES.get(optimizer.id());
        return lr != null ? lr : super.learningRate(optimizer);
    }

    @Test
    void serviceLoaderFindsEveryBuiltIn() {
        assertEquals(OptimizerRegistry.BUILT_IN_ORDER, optimizers().stream().map(Optimizer::id).toList());
    }
}
