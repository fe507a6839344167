package org.losslandscape.optim.lion;

import java.util.List;

import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.optim.contract.OptimizerContract;

/** Lion passes the shipped optimizer contract. */
class LionContractTest extends OptimizerContract {

    @Override
    protected List<Optimizer> optimizers() {
        return List.of(new LionOptimizer());
    }

    /** Steps of fixed size 0.01 cross the contract's unit start in 100 steps and then hover within 0.01. */
    @Override
    protected double learningRate(Optimizer optimizer) {
        return 0.01;
    }
}
