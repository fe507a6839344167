package org.losslandscape.analysis.dynamics;

import java.util.List;

import org.losslandscape.core.results.ResultKey;
import org.losslandscape.model.ResultKind;

/** The kinds of result the local-learning-coefficient analysis adds, and the columns of its tables. */
public final class LearningCoefficientResults {

    /**
     * The local learning coefficient at one or more points of a run: a table with columns step, λ̂, its standard
     * error across chains, L_n(w*) and the number of chains that diverged, one row per point (metadata: β, γ, ε).
     */
    public static final ResultKind LLC = ResultKind.valueOf("LLC");
    /** The columns of an {@link #LLC} table. */
    public static final List<String> LLC_COLUMNS = List.of("step", "llc", "standard_error", "loss", "diverged");
    /**
     * The chains at the last point of an {@link #LLC} result: a {@code [chains, burn-in + steps]} table of
     * {@code nβ (L_m(w_t) − L_n(w*))} along each chain, the burn-in first (NaN after a chain diverged).
     */
    public static final ResultKind LLC_CHAINS = ResultKind.valueOf("LLC_CHAINS");
    /** The inverse temperature β of the estimate. */
    public static final ResultKey<Double> BETA = ResultKey.real("beta");
    /** The localisation γ. */
    public static final ResultKey<Double> LOCALISATION = ResultKey.real("localisation");
    /** The SGLD step ε. */
    public static final ResultKey<Double> STEP_SIZE = ResultKey.real("step_size");
    /** The chains' burn-in, in steps. */
    public static final ResultKey<Long> BURN_IN = ResultKey.integer("burn_in");

    private LearningCoefficientResults() {
    }
}
