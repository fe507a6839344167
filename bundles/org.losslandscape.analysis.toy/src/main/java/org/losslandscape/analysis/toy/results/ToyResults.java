package org.losslandscape.analysis.toy.results;

import org.losslandscape.core.results.DataProvider;
import org.losslandscape.model.ResultKind;

/** The kind of result the toy-surface analysis adds, and how its results are read. */
public final class ToyResults {

    /**
     * Toy surfaces: grids (metadata role {@code grid}) with their optimizer paths ({@code paths}) and critical points
     * ({@code critical}). The id is the one files have always stored.
     */
    public static final ResultKind KIND = ResultKind.valueOf("TOY");
    /** Toy surfaces with their optimizer paths and critical points, one per grid. */
    public static final DataProvider<ToyLandscape> SURFACES = new ToyProvider();

    private ToyResults() {
    }
}
