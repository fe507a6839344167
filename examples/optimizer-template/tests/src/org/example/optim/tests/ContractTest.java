package org.example.optim.tests;

import java.util.List;

import org.example.optim.NormalizedSgdOptimizer;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.optim.contract.OptimizerContract;

/** The optimizer passes the workbench's optimizer contract (from the contract kit on the update site). */
public class ContractTest extends OptimizerContract {

    @Override
    protected List<Optimizer> optimizers() {
        return List.of(new NormalizedSgdOptimizer());
    }
}
