package org.losslandscape.analysis.flatness;

import java.util.List;

import org.losslandscape.core.results.ResultKey;
import org.losslandscape.model.ResultKind;

/** The kinds of result the flatness analyses add, and the columns of their tables. */
public final class FlatnessResults {

    /**
     * A PAC-Bayes bound over its grid of widths: a table with one row per σ and the columns σ, KL(Q‖P), the draws' mean
     * training error, its upper confidence limit, the bound, and the draws' mean test error (NaN without validation
     * rows). Metadata: the σ reported, the posterior's shape, δ and δ′.
     */
    public static final ResultKind PAC_BAYES = ResultKind.valueOf("PAC_BAYES");
    /** The columns of a {@link #PAC_BAYES} table. */
    public static final int PAC_BAYES_COLUMNS = 6;
    /** The σ at which a {@link #PAC_BAYES} bound is reported (the smallest over the grid). */
    public static final ResultKey<Double> SIGMA = ResultKey.real("sigma");
    /** The posterior's shape of a {@link #PAC_BAYES} bound ({@code ISOTROPIC} or {@code LAYERWISE}). */
    public static final ResultKey<String> POSTERIOR = ResultKey.text("posterior");
    /** The test error of the trained parameters themselves (the posterior's centre). */
    public static final ResultKey<Double> SOLUTION_TEST_ERROR = ResultKey.real("solution_test_error");

    /**
     * Curvature by block and by operator: one row per operator, block and density grid point, with the columns operator
     * index, block index, block size, λ_max, trace, the trace's standard error, eigenvalue and density (the first six
     * repeat along a block's grid). Metadata: the operators' and blocks' names, in index order.
     */
    public static final ResultKind LAYER_CURVATURE = ResultKind.valueOf("LAYER_CURVATURE");
    /** The columns of a {@link #LAYER_CURVATURE} table. */
    public static final int LAYER_CURVATURE_COLUMNS = 8;
    /** The operators of a {@link #LAYER_CURVATURE} table, by index. */
    public static final ResultKey<List<String>> OPERATORS = ResultKey.texts("operators");
    /** The blocks of a {@link #LAYER_CURVATURE} table, by index ("all", then the layers' names). */
    public static final ResultKey<List<String>> BLOCKS = ResultKey.texts("blocks");

    /**
     * Sharpness under reparameterisation: one row per factor α with the columns α, max |Δ output|, loss, λ_max, trace,
     * adaptive sharpness, the isotropic and the layer-scaled PAC-Bayes bound (NaN when not computed).
     */
    public static final ResultKind REPARAMETERISATION = ResultKind.valueOf("REPARAMETERISATION");
    /** The columns of a {@link #REPARAMETERISATION} table. */
    public static final int REPARAMETERISATION_COLUMNS = 8;

    private FlatnessResults() {
    }
}
