package org.losslandscape.optim.adahessian;

import java.util.List;

import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.optim.contract.OptimizerContract;

/** AdaHessian passes the shipped optimizer contract, with its default learning rate. */
class AdaHessianContractTest extends OptimizerContract {

    @Override
    protected List<Optimizer> optimizers() {
        return List.of(new AdaHessianOptimizer());
    }
}
