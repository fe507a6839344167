package org.losslandscape.analysis.dynamics;

import java.util.List;

import org.losslandscape.core.results.ResultKey;
import org.losslandscape.model.ResultKind;

/** The kinds of result the training-dynamics analyses add, and the columns of their tables. */
public final class DynamicsResults {

    /**
     * Gradient flow against gradient descent: a table with columns learning-rate index, time, GD loss, flow loss and
     * distance ‖θ_GD − θ_flow‖, one block of rows per learning rate (metadata: the rates, λ_max at the start).
     */
    public static final ResultKind FLOW = ResultKind.valueOf("FLOW");
    /** The columns of a {@link #FLOW} table. */
    public static final int FLOW_COLUMNS = 5;
    /** A {@link #FLOW} result's learning rates, in the order of the table's blocks. */
    public static final ResultKey<List<Double>> LEARNING_RATES = ResultKey.reals("learning_rates");
    /** λ_max of the Hessian at the start of a {@link #FLOW} comparison. */
    public static final ResultKey<Double> LAMBDA_MAX = ResultKey.real("lambda_max");

    private DynamicsResults() {
    }
}
