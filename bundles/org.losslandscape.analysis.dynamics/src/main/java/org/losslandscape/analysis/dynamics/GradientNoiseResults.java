package org.losslandscape.analysis.dynamics;

import org.losslandscape.model.ResultKind;

/**
 * The result kind of the gradient-noise analysis: two tables, told apart by their role
 * ({@link org.losslandscape.core.results.ResultKeys#ROLE}).
 */
public final class GradientNoiseResults {

    /** The noise of mini-batch gradients. */
    public static final ResultKind GRADIENT_NOISE = ResultKind.valueOf("GRADIENT_NOISE");
    /**
     * Role of the tail indices: columns step, batch size, kind of direction (0 random, 1 top Hessian), α̂, and its
     * interval's lower and upper ends; the trained point's rows last.
     */
    public static final String ROLE_TAIL_INDEX = "tail_index";
    /** The columns of a {@link #ROLE_TAIL_INDEX} table. */
    public static final int TAIL_INDEX_COLUMNS = 6;
    /**
     * Role of the noise samples at the trained point: columns batch size, kind of direction (0 random, 1 top
     * Hessian), and the noise of one mini-batch along the first direction of that kind.
     */
    public static final String ROLE_SAMPLES = "samples";
    /** The columns of a {@link #ROLE_SAMPLES} table. */
    public static final int SAMPLE_COLUMNS = 3;

    private GradientNoiseResults() {
    }
}
