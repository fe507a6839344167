package org.losslandscape.analysis.critical;

import java.util.List;

import org.losslandscape.core.results.ResultKey;
import org.losslandscape.model.ResultKind;

/** The kind of result the critical-points analysis adds, the columns of its table and its metadata. */
public final class CriticalResults {

    /**
     * Critical-point searches: one row per start, columns {@link #COLUMNS} — where the start came from
     * ({@link #ORIGINS}: 0 random, 1 training path, 2 perturbed trained point), whether the search ended at a new
     * critical point (1) or not (0: not converged, or a point found before), the loss, ‖∇L‖ and the index fraction
     * at its end (NaN unless a new critical point), the distance to the nearest point of the training path, and the
     * steps taken. Metadata: the gradient tolerance and the fitted α law.
     */
    public static final ResultKind KIND = ResultKind.valueOf("CRITICAL_POINTS");
    /** The columns of a {@link #KIND} table. */
    public static final List<String> COLUMNS = List.of("origin", "critical", "loss", "gradient_norm",
            "index_fraction", "distance_to_path", "steps");
    /** The names of the origins, by their number in the first column. */
    public static final List<String> ORIGINS = List.of("random initialisation", "training path",
            "perturbed trained point");
    /** The gradient-norm tolerance a critical point meets. */
    public static final ResultKey<Double> TOLERANCE = ResultKey.real("tolerance");
    /** ε_c of the fitted law α = α₀·((ε − ε_c)/ε_c)^{3/2} (absent when nothing was fitted). */
    public static final ResultKey<Double> CRITICAL_LOSS = ResultKey.real("critical_loss");
    /** α₀ of the fitted law. */
    public static final ResultKey<Double> ALPHA_SCALE = ResultKey.real("alpha_scale");

    private CriticalResults() {
    }
}
