package org.losslandscape.core.results;

import java.util.List;

/**
 * The metadata keys the built-in analyses and the runner write. A contributed analysis may define keys of its own
 * with {@link ResultKey}; names are lower case with underscores.
 */
public final class ResultKeys {

    /** The column names of a table result (a 2D array of rows), in order. */
    public static final ResultKey<List<String>> COLUMNS = ResultKey.texts("columns");
    /** A surface's dimensions: 1 (a line, array of shape [n]) or 2 (a plane, [n, n], rows x, columns y). */
    public static final ResultKey<Long> DIMENSIONS = ResultKey.integer("dimensions");
    /** The data a surface's loss is measured on: {@code train} or {@code validation}. */
    public static final ResultKey<String> DATA_SPLIT = ResultKey.text("data_split");
    /** The directions of a surface: the literal of the model's DirectionKind, e.g. {@code PCA_TRAJECTORY}. */
    public static final ResultKey<String> DIRECTIONS = ResultKey.text("directions");
    /** The range of the x coordinate (α) of a surface's grid. */
    public static final ResultKey<Interval> X_RANGE = ResultKey.range("x_range");
    /** The range of the y coordinate (β) of a 2D surface's grid. */
    public static final ResultKey<Interval> Y_RANGE = ResultKey.range("y_range");
    /** A surface's points per axis. */
    public static final ResultKey<Long> POINTS = ResultKey.integer("points");
    /** The id of the other run a result relates to (the plane through three models, mode connectivity). */
    public static final ResultKey<String> OTHER_RUN = ResultKey.text("other_run");
    /** The coordinates of this run's initialisation on a plane through three models. */
    public static final ResultKey<List<Double>> INITIALISATION = ResultKey.reals("initialisation");
    /**
     * How a result was computed: a Hessian spectrum's HessianMethod literal ({@code LANCZOS}, {@code POWER},
     * {@code DENSE}), {@code HUTCHINSON} for trace samples, {@code NEWTON} for critical points.
     */
    public static final ResultKey<String> METHOD = ResultKey.text("method");
    /** The number of top eigenvalues at the start of a spectrum. */
    public static final ResultKey<Long> TOP = ResultKey.integer("top");
    /** The number of bottom eigenvalues after the top ones in a spectrum. */
    public static final ResultKey<Long> BOTTOM = ResultKey.integer("bottom");
    /** The number of random probes of a stochastic estimate. */
    public static final ResultKey<Long> PROBES = ResultKey.integer("probes");
    /** The Hessian's trace estimated from the samples. */
    public static final ResultKey<Double> TRACE = ResultKey.real("trace");
    /** The explained variance ratio of the principal directions of a trajectory's PCA, in order. */
    public static final ResultKey<List<Double>> EXPLAINED_VARIANCE = ResultKey.reals("explained_variance");
    /** The number of values of a flat parameter or buffer vector. */
    public static final ResultKey<Long> LENGTH = ResultKey.integer("length");
    /** The training step a checkpoint was taken at. */
    public static final ResultKey<Long> STEP = ResultKey.integer("step");
    /** The steps of the rows of a checkpoint table. */
    public static final ResultKey<List<Long>> STEPS = ResultKey.integers("steps");
    /** The interval between checkpoints, in steps. */
    public static final ResultKey<Long> EVERY = ResultKey.integer("every");
    /** The number of strongest Fourier frequencies whose energy share a progress measure gives. */
    public static final ResultKey<Long> TOP_FREQUENCIES = ResultKey.integer("top_frequencies");
    /** The key Fourier frequencies of a restricted and excluded loss (Nanda et al. 2023). */
    public static final ResultKey<List<Long>> KEY_FREQUENCIES = ResultKey.integers("key_frequencies");
    /** The result name of the analysis whose files belong together (a toy surface's grid, paths, critical points). */
    public static final ResultKey<String> ANALYSIS = ResultKey.text("analysis");
    /**
     * The part a file plays in its analysis's results: {@link #ROLE_GRID}, {@link #ROLE_PATHS}, {@link #ROLE_CRITICAL}.
     */
    public static final ResultKey<String> ROLE = ResultKey.text("role");
    /** The name of a toy surface, e.g. {@code "Saddle x^2 - y^2"}. */
    public static final ResultKey<String> TOY_SURFACE = ResultKey.text("toy_surface");
    /** The labels of the optimizer paths of a path table, in path order. */
    public static final ResultKey<List<String>> PATH_LABELS = ResultKey.texts("path_labels");
    /** The steps each optimizer path was run for. */
    public static final ResultKey<Long> PATH_STEPS = ResultKey.integer("path_steps");
    /** The Newton starts per axis of a critical-point search. */
    public static final ResultKey<Long> STARTS_PER_AXIS = ResultKey.integer("starts_per_axis");

    /** {@link #ROLE} of a toy surface's grid of values. */
    public static final String ROLE_GRID = "grid";
    /** {@link #ROLE} of a toy surface's optimizer paths. */
    public static final String ROLE_PATHS = "paths";
    /** {@link #ROLE} of a toy surface's critical points. */
    public static final String ROLE_CRITICAL = "critical";

    private ResultKeys() {
    }
}
