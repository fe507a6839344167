package org.losslandscape.analysis.dynamics;

import java.util.List;

import org.losslandscape.core.results.ResultKey;
import org.losslandscape.model.ResultKind;

/** The result kind of the lazy-vs-rich analysis and the columns of its table. */
public final class TangentKernelResults {

    /**
     * Lazy against rich training: a table with columns parameterisation (its index in {@link #PARAMETERIZATIONS}),
     * width, step, training loss, kernel change ‖K_t − K_0‖_F/‖K_0‖_F and weight movement ‖θ_t − θ_0‖/‖θ_0‖, one
     * block of rows per network.
     */
    public static final ResultKind LAZY_RICH = ResultKind.valueOf("LAZY_RICH");
    /** The columns of a {@link #LAZY_RICH} table. */
    public static final int COLUMNS = 6;
    /** The parameterisations of a {@link #LAZY_RICH} table, by name, in the order its first column counts them. */
    public static final ResultKey<List<String>> PARAMETERIZATIONS = ResultKey.texts("parameterizations");

    private TangentKernelResults() {
    }
}
